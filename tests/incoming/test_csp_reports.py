"""The CSP report endpoint: it answers 204, logs what was blocked without query strings, and holds up to abuse."""

import json

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

REPORT_URL = "/csp-report/"


def report_uri_body(**fields) -> str:
    report = {
        "document-uri": "https://clinic.example/blog/search/?q=ketamine+for+my+depression",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "blocked-uri": "https://evil.example/x.js?session=secret-token",
        **fields,
    }
    return json.dumps({"csp-report": report})


def send(client, body: str, content_type: str = "application/csp-report", address: str = "203.0.113.5"):
    return client.post(REPORT_URL, body, content_type=content_type, REMOTE_ADDR=address)


def test_a_report_is_logged_without_query_strings_and_answered_204(client, security_log):
    response = send(client, report_uri_body())

    assert response.status_code == 204
    assert response.content == b""
    assert security_log.messages == [
        "CSP blocked https://evil.example/x.js for script-src-elem on https://clinic.example/blog/search/"
    ]
    assert "ketamine" not in security_log.text
    assert "secret-token" not in security_log.text


def test_a_reporting_api_report_is_understood_too(client, security_log):
    body = json.dumps(
        [
            {
                "type": "csp-violation",
                "url": "https://clinic.example/?a=b",
                "body": {
                    "documentURL": "https://clinic.example/request-an-appointment/?service=depression",
                    "effectiveDirective": "style-src-attr",
                    "blockedURL": "inline",
                },
            }
        ]
    )
    response = send(client, body, content_type="application/reports+json")

    assert response.status_code == 204
    assert security_log.messages == [
        "CSP blocked inline for style-src-attr on https://clinic.example/request-an-appointment/"
    ]


def test_reports_need_no_csrf_token():
    response = send(Client(enforce_csrf_checks=True), report_uri_body())

    assert response.status_code == 204


def test_only_post_is_accepted(client):
    assert client.get(REPORT_URL).status_code == 405


def test_an_oversized_report_is_refused_unread(client, security_log):
    response = send(client, report_uri_body(**{"script-sample": "x" * 20_000}))

    assert response.status_code == 413
    assert security_log.messages == []


def test_a_report_that_is_not_json_is_a_bad_request(client):
    assert send(client, "not json {").status_code == 400


def test_one_client_cannot_flood_the_log(client, security_log, settings):
    settings.CSP_REPORT_RATE_LIMIT = "3/m"
    statuses = [send(client, report_uri_body()).status_code for _ in range(5)]
    other_client = send(client, report_uri_body(), address="198.51.100.20").status_code

    assert statuses == [204, 204, 204, 429, 429]
    assert other_client == 204
    assert len(security_log.messages) == 4


def test_control_characters_cannot_forge_log_lines(client, security_log):
    send(
        client,
        report_uri_body(**{"blocked-uri": "https://evil.example/a\nFAKE LINE", "effective-directive": "x\ny"}),
    )

    [message] = security_log.messages
    assert "\n" not in message
    assert message.startswith("CSP blocked https://evil.example/a")
    assert " for xy on " in message
