"""Staff addresses with impossible filters or forged ids answer 400, never a server error.

Transactional: on PostgreSQL a refused statement would otherwise spoil the test's own transaction.
"""

import logging

import pytest

from ..helpers import LIST_URL, listed_references, soup_of

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(
    "query",
    [
        "email__regex=%5B",  # an invalid regular expression on PostgreSQL
        "first_name__iregex=a",
        "message__icontains=migraine",  # a patient's words in every access log
        "reference__startswith=A",
        "assignee__username__regex=x",
        "nosuchfield=1",
    ],
)
def test_a_lookup_the_list_does_not_offer_is_a_bad_request(desk_client, make_request, query):
    make_request()

    assert desk_client.get(f"{LIST_URL}?{query}").status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        "created_at__year=99999999999999999999",  # OverflowError
        "created_at__year=0",
        "created_at__year=9999",  # the year after is out of range
        "created_at__year=2026&created_at__month=99999999999999999999",
        "location__id__exact=99999999999999999999",
        "assignee__id__exact=-99999999999999999999",
        "created_at__gte=99999-01-01",
    ],
)
def test_an_out_of_range_value_is_a_bad_request_or_shows_nothing(desk_client, make_request, query, caplog):
    make_request()

    response = desk_client.get(f"{LIST_URL}?{query}")

    assert response.status_code in {200, 302, 400}
    assert "99999999999999999999" not in caplog.text


def test_the_offered_filters_still_work(desk_client, make_request, location):
    shown = make_request(service="migraine")
    make_request(service="depression")
    year = shown.created_at.year

    response = desk_client.get(
        f"{LIST_URL}?status=all&service__exact=migraine&location__id__exact={location.pk}&is_urgent__exact=0"
        f"&created_at__year={year}&likely_duplicate_of__isempty=1&o=2&p=1&q=Ben"
    )

    assert response.status_code == 200
    assert listed_references(response) == [shown.reference]


def test_every_filter_link_the_list_offers_opens(desk_client, make_request):
    make_request()
    links = {a["href"] for a in soup_of(desk_client.get(f"{LIST_URL}?status=all")).select("#changelist-filter a")}

    statuses = {desk_client.get(f"{LIST_URL}{href}").status_code for href in links if href.startswith("?")}

    assert len(links) > 20
    assert statuses == {200}


@pytest.mark.parametrize("forged", ["abc", "1 OR 1=1", "99999999999999999999", "-1", "0", "1.5", ""])
def test_a_forged_action_id_is_a_bad_request_and_changes_nothing(desk_client, make_request, forged):
    appointment = make_request()

    response = desk_client.post(
        LIST_URL, {"action": "mark_spam", "_selected_action": [str(appointment.pk), forged], "index": 0}
    )

    assert response.status_code == 400
    appointment.refresh_from_db()
    assert appointment.status == appointment.Status.NEW


def test_an_action_on_real_ids_still_runs(desk_client, make_request):
    appointment = make_request()

    response = desk_client.post(LIST_URL, {"action": "mark_spam", "_selected_action": [appointment.pk], "index": 0})

    assert response.status_code == 302
    appointment.refresh_from_db()
    assert appointment.status == appointment.Status.SPAM


def test_a_refused_value_is_logged_without_it(desk_client, make_request, caplog):
    make_request()

    with caplog.at_level(logging.WARNING, logger="incoming.middleware"):
        response = desk_client.get(f"{LIST_URL}?created_at__year=99999999999999999999")

    assert response.status_code == 400
    [message] = caplog.messages
    assert message.startswith(f"staff request refused: GET {LIST_URL} raised OverflowError at ")
    assert "9999999" not in message


def test_a_bad_filter_after_a_database_error_page_is_no_server_error(desk_client, make_request):
    # `e=` is the admin's own "there was an error" flag; its page once failed on our header's site name.
    make_request()

    assert desk_client.get(f"{LIST_URL}?assignee__id__exact=%5B&e=1").status_code == 200
