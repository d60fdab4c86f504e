"""A request's change page in the admin: what front desk staff may edit there, and what it records."""

import datetime
import zoneinfo

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from appointments.models import AppointmentRequest, AuditEvent, Note

from ..helpers import (
    LIST_URL,
    change_form,
    change_url,
    inline_rows,
    listed_references,
    log_in_verified,
    page_text,
    run_action,
    soup_of,
)

pytestmark = pytest.mark.django_db

PHOENIX = zoneinfo.ZoneInfo("America/Phoenix")


def test_an_existing_note_is_shown_as_written_and_cannot_be_edited_or_removed(desk_client, front_desk, make_request):
    appointment = make_request()
    note = Note.objects.create(appointment_request=appointment, author=front_desk, text="Called, no answer.")
    Note.objects.filter(pk=note.pk).update(created_at=datetime.datetime(2026, 11, 24, 16, 5, tzinfo=datetime.UTC))

    soup = soup_of(desk_client.get(change_url(appointment)))

    assert inline_rows(soup, "notes")[0] == "Note by frontdesk at 2026-11-24 09:05"
    notes = soup.select_one("#notes-group")
    assert notes.select_one("tr.has_original td.field-text").get_text(strip=True) == "Called, no answer."
    assert not notes.select('[name="notes-0-text"]')
    assert not notes.select('[name="notes-0-DELETE"]')
    assert notes.select('textarea[name="notes-1-text"]')  # a new note can still be added


def test_editing_an_existing_note_through_the_form_changes_nothing(desk_client, front_desk, make_request):
    appointment = make_request()
    note = Note.objects.create(appointment_request=appointment, author=front_desk, text="Called, no answer.")
    data = change_form(**{"notes-INITIAL_FORMS": "1", "notes-TOTAL_FORMS": "1", "notes-0-id": str(note.pk)})
    data.update({"notes-0-appointment_request": str(appointment.pk), "notes-0-text": "Rewritten"})
    data["notes-0-DELETE"] = "on"

    desk_client.post(change_url(appointment), data)

    assert list(Note.objects.values_list("text", flat=True)) == ["Called, no answer."]


def access_history(soup) -> list[list[str]]:
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in soup.select("#access-history-group tbody tr")
    ]


def test_access_history_is_listed_newest_first_and_nobody_can_add_to_it_by_hand(desk_client, make_request):
    appointment = make_request()
    run_action(desk_client, "mark_spam", appointment)
    desk_client.get(change_url(appointment))

    soup = soup_of(desk_client.get(change_url(appointment)))

    assert [row[1:] for row in access_history(soup)] == [
        ["frontdesk", "Viewed", ""], ["frontdesk", "Changed", "marked spam"]
    ]  # fmt: skip
    assert soup.select_one("#access-history-group h2").get_text(strip=True) == "Access history"
    assert not soup.select("#access-history-group input, #access-history-group textarea")
    assert not soup.select('#notifications-group [name="notifications-__prefix__-id"]')


def test_a_long_access_history_shows_its_latest_events_and_links_to_the_whole_of_it(
    desk_client, front_desk, make_request
):
    appointment = make_request()
    AuditEvent.objects.bulk_create(
        AuditEvent(appointment_request=appointment, reference=appointment.reference, user=front_desk,
                   action=AuditEvent.Action.CHANGED, detail=f"event {number}",
                   at=timezone.now() - datetime.timedelta(minutes=200 - number))
        for number in range(120)
    )  # fmt: skip

    soup = soup_of(desk_client.get(change_url(appointment)))
    shown = access_history(soup)
    whole = desk_client.get(soup.select_one(".access-history-more a")["href"])
    second_page = desk_client.get(soup.select_one(".access-history-more a")["href"], {"p": 2})

    assert len(shown) == 50 and shown[0][3] == "event 119" and shown[-1][3] == "event 70"
    assert "The latest 50 of 120." in soup.select_one(".access-history-more").get_text(" ", strip=True)
    newest = [[td.get_text() for td in row.select("td")] for row in soup_of(whole).select("#access-history tbody tr")]
    assert [row[2:] for row in newest[:2]] == [["Viewed", ""], ["Changed", "event 119"]]  # the view of the page
    assert len(soup_of(whole).select("#access-history tbody tr")) == 100
    assert "121 events, newest first" in page_text(second_page)  # and the view that opened the page
    assert len(soup_of(second_page).select("#access-history tbody tr")) == 21


def test_the_whole_access_history_is_refused_to_staff_who_may_not_read_it(client, django_user_model, make_request):
    appointment = make_request()
    reader = django_user_model.objects.create_user(username="reader", password="a-long-test-password", is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_appointmentrequest"))
    log_in_verified(client, reader)

    assert client.get(f"{LIST_URL}{appointment.pk}/history/").status_code == 403


def test_the_access_history_is_shown_only_to_staff_who_may_read_it(client, django_user_model, make_request):
    appointment = make_request()
    reader = django_user_model.objects.create_user(username="reader", password="a-long-test-password", is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_appointmentrequest"))
    log_in_verified(client, reader)

    soup = soup_of(client.get(change_url(appointment)))

    assert soup.select_one("#id_status, .field-status") is not None
    assert soup.select("#access-history-group") == []


def test_first_response_date_and_time_boxes_are_labelled_for_screen_readers(desk_client, make_request):
    soup = soup_of(desk_client.get(change_url(make_request())))

    assert soup.select_one("#id_first_response_at_0")["aria-label"] == "First response date"
    assert soup.select_one("#id_first_response_at_1")["aria-label"] == "First response time"


def test_assigning_a_new_request_does_not_count_as_answering_it(desk_client, front_desk, make_request):
    appointment = make_request()

    desk_client.post(change_url(appointment), change_form(assignee=str(front_desk.pk)))

    appointment.refresh_from_db()
    assert (appointment.assignee, appointment.status, appointment.first_response_at) == (front_desk, "new", None)


def test_a_later_status_change_keeps_the_first_response_time(desk_client, make_request):
    answered = datetime.datetime(2026, 11, 24, 10, 30, tzinfo=PHOENIX)
    appointment = make_request(status=AppointmentRequest.Status.CONTACTED, first_response_at=answered)

    response = desk_client.post(
        change_url(appointment),
        change_form(status="not_a_fit", first_response_at_0="2026-11-24", first_response_at_1="10:30:00"),
    )

    assert response.status_code == 302
    appointment.refresh_from_db()
    assert (appointment.status, appointment.first_response_at) == ("not_a_fit", answered)


def test_marking_a_request_contacted_on_its_page_records_when(desk_client, make_request):
    appointment = make_request()
    before = timezone.now()

    desk_client.post(change_url(appointment), change_form(status="contacted"))

    appointment.refresh_from_db()
    assert appointment.first_response_at >= before


def test_a_number_search_finds_the_phone_and_keeps_the_other_matches(desk_client, make_request):
    # Typed without punctuation, the number is both a phone and text found in an email address.
    by_phone = make_request(phone="+14805550177", email="ben@example.com")
    by_email = make_request(phone="+14805550199", email="4805550177@example.com")
    make_request(phone="+14805550100", email="someone@example.com")

    references = listed_references(desk_client.get(LIST_URL, {"q": "480.555.0177"}))
    plain = listed_references(desk_client.get(LIST_URL, {"q": "4805550177"}))

    assert references == [by_phone.reference]
    assert sorted(plain) == sorted([by_phone.reference, by_email.reference])


def test_the_request_page_starts_with_who_and_how_to_reach_them(desk_client, make_request):
    texts_ok = make_request(first_name="Ana", last_name="Ruiz", phone="+14805550177", sms_opt_in=True)
    no_texts = make_request(phone="+14805550188", sms_opt_in=False)

    first = soup_of(desk_client.get(change_url(texts_ok))).select_one("fieldset")
    other = soup_of(desk_client.get(change_url(no_texts))).select("fieldset")[0]

    assert first.select_one("h2").get_text(strip=True) == "Who and how to reach them"
    assert "Ana Ruiz" in first.get_text()
    links = {a.get_text(strip=True): a["href"] for a in first.select(".field-how_to_reach a")}
    assert links == {
        "Call (480) 555-0177": "tel:+14805550177",
        "Text (480) 555-0177": "sms:+14805550177",
        f"Email {texts_ok.email}": f"mailto:{texts_ok.email}",
    }
    assert [a["href"][:4] for a in other.select(".field-how_to_reach a")] == ["tel:", "mail"]


def test_an_urgent_request_tells_staff_to_call_now_and_about_988(desk_client, make_request):
    urgent = make_request(is_urgent=True)

    banner = soup_of(desk_client.get(change_url(urgent))).select_one(".urgency-panel").get_text(" ", strip=True)

    assert "Call now" in banner and "call or text 988" in banner and "911" in banner


@pytest.mark.parametrize(
    ("button", "status", "detail"),
    [
        ("Mark contacted", "contacted", "marked contacted"),
        ("Assign to me", "new", "assigned to themselves"),
    ],
    ids=["contacted", "assign"],
)
def test_a_next_step_button_on_the_request_page_does_it_in_one_click(
    desk_client, front_desk, make_request, button, status, detail
):
    appointment = make_request()
    page = soup_of(desk_client.get(change_url(appointment)))
    form = next(f for f in page.select(".next-steps form") if f.button.get_text(strip=True) == button)

    response = desk_client.post(form["action"], follow=True)

    appointment.refresh_from_db()
    assert response.redirect_chain[-1][0] == change_url(appointment)
    assert appointment.status == status
    assert (appointment.first_response_at is not None) is (status == "contacted")
    assert AuditEvent.objects.filter(appointment_request=appointment, user=front_desk, detail=detail).exists()


def test_assign_to_me_from_the_request_page(desk_client, front_desk, make_request):
    appointment = make_request()
    page = soup_of(desk_client.get(change_url(appointment)))
    form = next(f for f in page.select(".next-steps form") if f.button.get_text(strip=True) == "Assign to me")

    desk_client.post(form["action"])

    appointment.refresh_from_db()
    assert appointment.assignee == front_desk


def test_next_steps_refuse_a_get_an_unknown_step_and_staff_without_the_right(
    desk_client, client, django_user_model, make_request
):
    appointment = make_request()
    url = f"{change_url(appointment).removesuffix('change/')}next-step/contacted/"
    viewer = django_user_model.objects.create_user(username="viewer", password="a-long-test-password", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_appointmentrequest"))
    log_in_verified(client, viewer)

    assert desk_client.get(url).status_code == 400
    assert desk_client.post(url.replace("contacted", "delete-everything")).status_code == 400
    assert client.post(url).status_code == 403
    assert soup_of(client.get(change_url(appointment))).select(".next-steps") == []
    appointment.refresh_from_db()
    assert appointment.status == AppointmentRequest.Status.NEW


def test_the_request_page_links_the_patients_other_requests(desk_client, make_request):
    earlier = make_request(
        email="ann@example.com", phone="+14805550100", status=AppointmentRequest.Status.CLOSED,
        age=datetime.timedelta(days=90),
    )  # fmt: skip
    by_phone = make_request(email="other@example.com", phone="+14805550100", age=datetime.timedelta(days=2))
    someone_else = make_request(email="zoe@example.com", phone="+14805550199")
    current = make_request(email="ANN@example.com", phone="+14805550111")

    field = soup_of(desk_client.get(change_url(current))).select_one(".field-other_requests")
    by_phone_page = soup_of(desk_client.get(change_url(by_phone))).select_one(".field-other_requests")

    assert [a.get_text(strip=True) for a in field.select("a")] == [earlier.reference]
    assert "closed" in field.get_text()
    assert [a.get_text(strip=True) for a in by_phone_page.select("a")] == [earlier.reference]
    assert someone_else.reference not in field.get_text()


def test_saving_a_page_opened_before_a_booking_does_not_undo_it(desk_client, make_request, location):
    appointment = make_request(status=AppointmentRequest.Status.CONTACTED)
    opened = soup_of(desk_client.get(change_url(appointment)))
    loaded_version = opened.select_one("input[name=loaded_version]")["value"]
    when = timezone.now() + datetime.timedelta(days=2)
    AppointmentRequest.objects.filter(pk=appointment.pk).update(
        status="scheduled", consultation_at=when, updated_at=timezone.now()
    )

    response = desk_client.post(
        change_url(appointment),
        change_form(status="contacted", loaded_version=loaded_version, note="Called back."),
    )

    assert response.status_code == 200
    assert "This request changed after you opened it: it is now scheduled" in page_text(response)
    assert response.content.decode().count("Called back.") == 1  # what they typed is still there
    appointment.refresh_from_db()
    assert appointment.status == AppointmentRequest.Status.SCHEDULED
    assert not Note.objects.exists()


def test_a_note_added_on_an_up_to_date_page_saves(desk_client, make_request):
    appointment = make_request()
    loaded_version = soup_of(desk_client.get(change_url(appointment))).select_one("input[name=loaded_version]")

    response = desk_client.post(
        change_url(appointment), change_form(loaded_version=loaded_version["value"], note="Called back.")
    )

    assert response.status_code == 302
    assert Note.objects.get().text == "Called back."
