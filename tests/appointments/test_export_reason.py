"""Before the CSV leaves the admin, staff say why; the reason joins each request's access history."""

import pytest

from appointments.models import AuditEvent

from ..helpers import LIST_URL, export_with_reason, page_text, run_action, soup_of

pytestmark = pytest.mark.django_db

REASON_LABEL = "Why are you exporting these requests?"


def test_choosing_the_export_asks_why_before_downloading(desk_client, make_request):
    first, second = make_request(), make_request()

    response = run_action(desk_client, "export_as_csv", first, second)

    soup = soup_of(response)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert soup.h1.get_text(strip=True) == "Export 2 requests as CSV"
    assert "The file holds the contact details of 2 requests" in page_text(response)
    assert soup.select_one("label[for=id_reason]").get_text(strip=True) == REASON_LABEL
    assert "Kept in each request's access history" in soup.select_one("#id_reason_helptext").get_text()
    assert sorted(i["value"] for i in soup.select("input[name=_selected_action]")) == sorted(
        [str(first.pk), str(second.pk)]
    )
    assert not AuditEvent.objects.exists()


def test_the_reason_page_sits_in_the_admin_with_a_way_back_to_the_list(desk_client, make_request):
    response = run_action(desk_client, "export_as_csv", make_request())

    soup = soup_of(response)
    assert "Export 1 request as CSV" in soup.select_one(".breadcrumbs").get_text()
    assert soup.select_one(".breadcrumbs a[href='/admin/appointments/appointmentrequest/']")
    assert soup.find("a", string="Cancel, back to the list")["href"] == LIST_URL
    assert soup.title.get_text().startswith("Export 1 request as CSV")


def test_a_reason_downloads_the_csv_and_records_it_for_each_request(desk_client, front_desk, make_request):
    first, second = make_request(), make_request()

    response = export_with_reason(desk_client, "  Call-back list for Monday  ", first, second)

    assert response["Content-Type"].startswith("text/csv")
    events = AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED)
    assert sorted((e.reference, e.user, e.detail) for e in events) == [
        (appointment.reference, front_desk, "exported 2 requests: Call-back list for Monday")
        for appointment in sorted([first, second], key=lambda a: a.reference)
    ]


def test_the_access_history_holds_the_reason_not_the_patient(desk_client, make_request):
    appointment = make_request(first_name="Ann", last_name="Example", email="ann@example.com")

    export_with_reason(desk_client, "Call-back list", appointment)

    assert AuditEvent.objects.get().detail == "exported 1 request: Call-back list"


def test_a_long_reason_is_trimmed_to_fit_the_access_history(desk_client, make_request):
    export_with_reason(desk_client, "x" * 200, make_request())

    detail = AuditEvent.objects.get().detail
    assert len(detail) == 200
    assert detail.startswith("exported 1 request: xxx")


def test_an_export_without_a_reason_is_refused_with_a_message(desk_client, make_request):
    appointment = make_request()

    response = export_with_reason(desk_client, "   ", appointment)

    soup = soup_of(response)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert soup.select_one(".errornote").get_text(strip=True) == "Please correct the error below."
    assert soup.select_one(".field-reason .errorlist").get_text(strip=True) == (
        "Please say why you are exporting these requests."
    )
    assert "id_reason_error" in soup.select_one("#id_reason")["aria-describedby"]
    assert soup.title.get_text().startswith("Error: Export 1 request as CSV")
    assert [i["value"] for i in soup.select("input[name=_selected_action]")] == [str(appointment.pk)]
    assert not AuditEvent.objects.exists()


@pytest.mark.parametrize("reason", ["Call-back\nlist", "Call-back\x00list", "Call-back\rlist", "Call\x1b[31m"])
def test_a_reason_with_a_line_break_or_control_character_is_refused(desk_client, make_request, reason):
    response = export_with_reason(desk_client, reason, make_request())

    assert response.status_code == 400
    assert not response["Content-Type"].startswith("text/csv")
    assert "on one line" in soup_of(response).select_one(".field-reason .errorlist").get_text()
    assert not AuditEvent.objects.exists()


def test_a_reason_over_200_characters_is_refused(desk_client, make_request):
    response = export_with_reason(desk_client, "x" * 201, make_request())

    assert response.status_code == 400
    assert "at most 200 characters" in soup_of(response).select_one(".field-reason .errorlist").get_text()
    assert not AuditEvent.objects.exists()
