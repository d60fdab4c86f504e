"""purge_requests deletes what is past its time, keeps legal holds, and leaves a counts-only receipt."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from appointments.models import AppointmentRequest, AuditEvent, PurgeReceipt

from ..helpers import change_form, change_url

pytestmark = pytest.mark.django_db

Status = AppointmentRequest.Status
DAY = datetime.timedelta(days=1)


@pytest.fixture
def aged(make_request):
    """A request of this status whose last change was `days` ago."""

    def make(status: str, days: int, **fields) -> AppointmentRequest:
        appointment = make_request(status=status, age=days * DAY, **fields)
        AppointmentRequest.objects.filter(pk=appointment.pk).update(updated_at=timezone.now() - days * DAY)
        return appointment

    return make


def test_purge_deletes_old_finished_requests_and_spam_and_keeps_the_rest(aged, front_desk, capsys):
    old_closed = aged(Status.CLOSED, 731)
    old_not_a_fit = aged(Status.NOT_A_FIT, 800)
    old_spam = aged(Status.SPAM, 31)
    kept = [
        aged(Status.CLOSED, 700),  # not two years yet
        aged(Status.SPAM, 29),
        aged(Status.CONTACTED, 900),  # still open: never purged
        aged(Status.CLOSED, 900, legal_hold=True),
    ]
    AuditEvent.objects.create(
        appointment_request=old_closed, reference=old_closed.reference, user=front_desk, action="viewed"
    )

    call_command("purge_requests")

    assert set(AppointmentRequest.objects.values_list("pk", flat=True)) == {a.pk for a in kept}
    receipt = PurgeReceipt.objects.get()
    assert (receipt.dry_run, receipt.closed_purged, receipt.spam_purged, receipt.held_kept) == (False, 2, 1, 1)
    assert "Deleted 2 finished and 1 spam request(s); kept 1 on legal hold." in capsys.readouterr().out
    assert AuditEvent.objects.get().reference == old_closed.reference  # who saw it stays answerable
    assert not {old_not_a_fit.pk, old_spam.pk} & set(AppointmentRequest.objects.values_list("pk", flat=True))


def test_a_dry_run_counts_and_deletes_nothing(aged, capsys):
    aged(Status.CLOSED, 731)
    aged(Status.SPAM, 31)

    call_command("purge_requests", "--dry-run")

    assert AppointmentRequest.objects.count() == 2
    receipt = PurgeReceipt.objects.get()
    assert (receipt.dry_run, receipt.closed_purged, receipt.spam_purged) == (True, 1, 1)
    assert "Would delete 1 finished and 1 spam request(s)" in capsys.readouterr().out


def test_staff_put_a_request_on_legal_hold_from_its_page(desk_client, make_request):
    appointment = make_request(status=Status.CLOSED)

    response = desk_client.post(change_url(appointment), change_form(status="closed", legal_hold="on"))

    assert response.status_code == 302
    appointment.refresh_from_db()
    assert appointment.legal_hold is True
