"""The access history: who viewed, changed, exported or deleted a request."""

import pytest

from appointments.models import AppointmentRequest, AuditEvent

from ..helpers import LIST_URL, PASSWORD, change_form, change_url, log_in_verified, page_text, run_action

pytestmark = pytest.mark.django_db


def test_viewing_a_request_is_recorded(desk_client, front_desk, make_request):
    appointment = make_request()

    desk_client.get(change_url(appointment))

    event = AuditEvent.objects.get()
    assert (event.user, event.action, event.appointment_request) == (front_desk, "viewed", appointment)


def test_adding_a_note_is_in_the_access_history(desk_client, make_request):
    appointment = make_request()

    desk_client.post(change_url(appointment), change_form(note="Texted back."))

    assert AuditEvent.objects.filter(detail="added a note").count() == 1


def test_access_history_outlives_a_deleted_request(admin_client, make_request):
    appointment = make_request()
    admin_client.get(change_url(appointment))

    admin_client.post(f"{LIST_URL}{appointment.pk}/delete/", {"post": "yes"})

    assert sorted(AuditEvent.objects.values_list("reference", "action")) == [
        (appointment.reference, "deleted"),
        (appointment.reference, "viewed"),
    ]


def test_staff_without_the_role_cannot_open_a_request_and_nothing_is_recorded(client, django_user_model, make_request):
    appointment = make_request()
    someone = django_user_model.objects.create_user(username="temp", password=PASSWORD, is_staff=True)
    log_in_verified(client, someone)

    assert client.get(change_url(appointment)).status_code == 403
    assert not AuditEvent.objects.exists()


def test_opening_a_request_that_no_longer_exists_records_no_view(desk_client, make_request):
    appointment = make_request()
    url = change_url(appointment)
    appointment.delete()

    response = desk_client.get(url, follow=True)

    assert response.redirect_chain == [("/admin/", 302)]
    assert "doesn’t exist. Perhaps it was deleted?" in page_text(response)
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.VIEWED).exists()


def test_a_change_form_sent_back_with_errors_is_not_recorded_as_a_view(desk_client, make_request):
    appointment = make_request()

    response = desk_client.post(change_url(appointment), change_form(status="no-such-status"))

    assert response.status_code == 200
    assert "Select a valid choice." in page_text(response)
    assert not AuditEvent.objects.exists()


def test_a_bulk_delete_leaves_a_deleted_entry_for_each_request(admin_client, admin_user, make_request):
    first, second = make_request(), make_request()

    response = admin_client.post(
        LIST_URL, {"action": "delete_selected", "_selected_action": [first.pk, second.pk], "post": "yes"}
    )

    assert response.status_code == 302
    assert not AppointmentRequest.objects.exists()
    assert sorted(AuditEvent.objects.values_list("reference", "action", "user")) == sorted(
        [(first.reference, "deleted", admin_user.pk), (second.reference, "deleted", admin_user.pk)]
    )


def test_marking_spam_is_in_the_access_history(desk_client, front_desk, make_request):
    appointment = make_request()

    run_action(desk_client, "mark_spam", appointment)

    assert list(AuditEvent.objects.values_list("appointment_request", "user", "action", "detail")) == [
        (appointment.pk, front_desk.pk, "changed", "marked spam")
    ]


def test_an_edit_in_the_change_form_is_in_the_access_history_with_what_changed(desk_client, front_desk, make_request):
    appointment = make_request()

    desk_client.post(change_url(appointment), change_form(status="contacted", assignee=str(front_desk.pk)))

    assert list(AuditEvent.objects.values_list("appointment_request", "user", "action", "detail")) == [
        (appointment.pk, front_desk.pk, "changed", "changed status, assignee")
    ]


def test_saving_the_change_form_without_changes_adds_nothing_to_the_history(desk_client, make_request):
    appointment = make_request()

    response = desk_client.post(change_url(appointment), change_form())

    assert response.status_code == 302
    assert not AuditEvent.objects.exists()


def test_re_sending_emails_is_in_the_access_history_without_a_detail(desk_client, front_desk, make_request):
    appointment = make_request()

    run_action(desk_client, "resend_notifications", appointment)

    event = AuditEvent.objects.get(action=AuditEvent.Action.RESENT)
    assert (event.user, event.reference, event.detail) == (front_desk, appointment.reference, "")


def test_the_access_history_keeps_the_staff_members_address(desk_client, make_request):
    appointment = make_request()

    desk_client.get(change_url(appointment), REMOTE_ADDR="203.0.113.9")

    assert AuditEvent.objects.get(action="viewed").address == "203.0.113.9"


def test_list_and_search_views_are_recorded_without_the_search_term(desk_client, front_desk, make_request):
    make_request(last_name="Needle")
    make_request(last_name="Other")

    desk_client.get(LIST_URL, {"status": "all", "reply": "awaiting"})
    desk_client.get(LIST_URL, {"q": "Needle"})

    listed, searched = AuditEvent.objects.order_by("pk")
    assert (listed.user, listed.action, listed.detail) == (front_desk, "listed", "2 shown; filters: reply, status")
    assert (searched.action, searched.detail, searched.reference) == ("searched", "1 shown; filters: none", "")
    assert not AuditEvent.objects.filter(detail__icontains="needle").exists()
