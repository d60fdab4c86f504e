"""The CSP report endpoint: it answers 204, logs what was blocked without query strings, and holds up to abuse."""

import json

import pytest
from django.test import Client

from incoming.csp_reports import MAX_BODY_BYTES, MAX_LOGGED_PER_BODY

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


def reporting_api_body(*items: dict, **fields) -> str:
    body = {
        "documentURL": "https://clinic.example/request-an-appointment/?service=depression",
        "effectiveDirective": "style-src-attr",
        "blockedURL": "inline",
        **fields,
    }
    return json.dumps(list(items) or [{"type": "csp-violation", "url": "https://clinic.example/", "body": body}])


def send(client, body: str | bytes, content_type: str = "application/csp-report", address: str = "203.0.113.5"):
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


GOOD = {
    "a report-uri report": (report_uri_body(), "application/csp-report"),
    "with a charset": (report_uri_body(), "application/csp-report; charset=utf-8"),
    "declared as plain JSON (older browsers)": (report_uri_body(), "application/json"),
    "only CSP2's violated-directive, with the policy's sources": (
        report_uri_body(**{"effective-directive": None, "violated-directive": "script-src 'self'"}),
        "application/csp-report",
    ),
    "a keyword for the blocked address": (report_uri_body(**{"blocked-uri": "eval"}), "application/csp-report"),
    "a scheme alone for the blocked address": (report_uri_body(**{"blocked-uri": "data"}), "application/csp-report"),
    "an empty blocked address": (report_uri_body(**{"blocked-uri": ""}), "application/csp-report"),
    "a page without a host": (report_uri_body(**{"document-uri": "about:blank"}), "application/csp-report"),
    "an IPv6 host with a port": (
        report_uri_body(**{"blocked-uri": "https://[2001:db8::1]:8443/x.js?t=1"}),
        "application/csp-report",
    ),
    "a Reporting API list": (reporting_api_body(), "application/reports+json"),
    "a Reporting API list declared as plain JSON": (reporting_api_body(), "application/json"),
    "a null blockedURL, as the specification allows": (
        reporting_api_body(blockedURL=None),
        "application/reports+json",
    ),
    "a Reporting API list with another kind of report beside": (
        reporting_api_body(
            {"type": "deprecation", "body": {"id": "x"}},
            {
                "type": "csp-violation",
                "body": {
                    "documentURL": "https://clinic.example/",
                    "effectiveDirective": "img-src",
                    "blockedURL": "https://cdn.example/a.png",
                },
            },
        ),
        "application/reports+json",
    ),
}


BAD = {
    # Addresses that do not parse: urllib raises on them, which was a 500 with the address in the traceback.
    "a port out of range": report_uri_body(**{"blocked-uri": "https://x:99999/"}),
    "a negative port": report_uri_body(**{"blocked-uri": "https://x:-1/"}),
    "a port that is not a number": report_uri_body(**{"document-uri": "https://x:abc/"}),
    "an unclosed IPv6 host": report_uri_body(**{"blocked-uri": "https://[::1/"}),
    "an IPv6 host that is not one": report_uri_body(**{"document-uri": "http://[zz]/"}),
    "a host-less authority": report_uri_body(**{"document-uri": "https://:443/"}),
    "a relative page address": report_uri_body(**{"document-uri": "/blog/"}),
    "a NUL in an address": report_uri_body(**{"blocked-uri": "https://evil.example/\x00"}),
    "a line break in an address": report_uri_body(**{"blocked-uri": "https://evil.example/a\nFAKE LINE"}),
    "a line break in the directive": report_uri_body(**{"effective-directive": "x\ny"}),
    "non-ASCII in an address": report_uri_body(**{"document-uri": "https://clinic.example/caf\u00e9"}),
    "a line separator in an address": report_uri_body(**{"document-uri": "https://clinic.example/\u2028"}),
    "a space in an address": report_uri_body(**{"blocked-uri": "https://evil.example/a b"}),
    # JSON of another shape.
    "JSON nested 4,000 deep": "[" * 4000 + "]" * 4000,
    "a report nested 3,000 deep": '{"csp-report":' + "[" * 3000 + "]" * 3000 + "}",
    "a list": "[1, 2]",
    "a number": "5",
    "a string": '"x"',
    "null": "null",
    "an empty object": "{}",
    "a report that is a list": json.dumps({"csp-report": [1]}),
    "no body at all": "",
    "bytes that are not UTF-8": b"\xff\xfe\xfa",
    "a number too long to read": '{"csp-report": {"blocked-uri": ' + "9" * 5000 + "}}",
    # Fields missing or of another type.
    "an empty report": json.dumps({"csp-report": {}}),
    "no page": report_uri_body(**{"document-uri": None}),
    "no blocked address": json.dumps(
        {"csp-report": {"document-uri": "https://a.example/", "effective-directive": "x"}}
    ),
    "no directive": report_uri_body(**{"effective-directive": None, "violated-directive": None}),
    "a page that is a number": report_uri_body(**{"document-uri": 5}),
    "a page that is an object": report_uri_body(**{"document-uri": {"a": 1}}),
    "a blocked address that is NaN": report_uri_body().replace(
        '"https://evil.example/x.js?session=secret-token"', "NaN"
    ),
    "a directive that is a list": report_uri_body(**{"effective-directive": ["script-src"]}),
    "a directive that is not a name": report_uri_body(**{"effective-directive": "'unsafe-inline'"}),
}

BAD_REPORTING_API = {
    "an empty list": "[]",
    "an object": json.dumps({"type": "csp-violation", "body": {}}),
    "a list of numbers": "[1, 2]",
    "a report without a type": json.dumps([{"body": {}}]),
    "a report whose type is a number": json.dumps([{"type": 5, "body": {}}]),
    "a violation without a body": json.dumps([{"type": "csp-violation"}]),
    "a violation whose body is a string": json.dumps([{"type": "csp-violation", "body": "x"}]),
    "a violation without blockedURL": json.dumps(
        [{"type": "csp-violation", "body": {"documentURL": "https://a.example/", "effectiveDirective": "img-src"}}]
    ),
    "a blockedURL that is a number": reporting_api_body(blockedURL=5),
    "a documentURL with a bad port": reporting_api_body(documentURL="https://x:99999/"),
    "a documentURL with a broken IPv6 host": reporting_api_body(documentURL="https://[::1/"),
    "a directive that is an object": reporting_api_body(effectiveDirective={"a": 1}),
    "a good report beside a broken one": reporting_api_body(
        {
            "type": "csp-violation",
            "body": {"documentURL": "https://a.example/", "effectiveDirective": "img-src", "blockedURL": "inline"},
        },
        {
            "type": "csp-violation",
            "body": {"documentURL": "https://x:-1/", "effectiveDirective": "img-src", "blockedURL": "inline"},
        },
    ),
}

WRONG_CONTENT_TYPE = {
    "text/plain": "text/plain",
    "a form": "application/x-www-form-urlencoded",
    "a form in Latin-1": "application/x-www-form-urlencoded; charset=latin-1",
    "multipart": "multipart/form-data; boundary=x",
    "a report-uri body as a Reporting API one": "application/reports+json",
    "none": "",
}


@pytest.mark.parametrize(("body", "content_type"), GOOD.values(), ids=GOOD.keys())
def test_every_shape_a_browser_sends_is_answered_204_and_logged(client, security_log, body, content_type):
    response = send(client, body, content_type=content_type)

    assert response.status_code == 204
    assert security_log.messages
    assert all(message.startswith("CSP blocked ") for message in security_log.messages)
    assert "secret-token" not in security_log.text
    assert "depression" not in security_log.text


def assert_refused_quietly(response, security_log) -> None:
    assert response.status_code == 400
    assert security_log.messages == []
    # Nor does any other logger (an error's traceback) carry the report's addresses.
    assert "evil.example" not in security_log.text
    assert "secret-token" not in security_log.text


@pytest.mark.parametrize("body", BAD.values(), ids=BAD.keys())
def test_a_malformed_report_uri_report_is_a_bad_request_and_logs_nothing(client, security_log, body):
    assert_refused_quietly(send(client, body), security_log)


@pytest.mark.parametrize("body", BAD_REPORTING_API.values(), ids=BAD_REPORTING_API.keys())
def test_a_malformed_reporting_api_report_is_a_bad_request_and_logs_nothing(client, security_log, body):
    assert_refused_quietly(send(client, body, content_type="application/reports+json"), security_log)


@pytest.mark.parametrize("content_type", WRONG_CONTENT_TYPE.values(), ids=WRONG_CONTENT_TYPE.keys())
def test_a_report_of_another_content_type_is_a_bad_request(client, security_log, content_type):
    assert_refused_quietly(send(client, report_uri_body(), content_type=content_type), security_log)


def test_a_body_at_the_size_limit_is_read_and_one_past_it_is_refused(client, security_log):
    report = report_uri_body(**{"script-sample": ""})
    padding = MAX_BODY_BYTES - len(report.encode())
    at_limit = report_uri_body(**{"script-sample": "x" * padding})
    over_limit = report_uri_body(**{"script-sample": "x" * (padding + 1)})

    assert len(at_limit.encode()) == MAX_BODY_BYTES
    assert send(client, at_limit).status_code == 204
    assert send(client, over_limit).status_code == 413


def test_a_batch_of_many_reports_logs_a_bounded_number_of_lines(client, security_log):
    item = {
        "type": "csp-violation",
        "body": {"documentURL": "https://a.example/", "effectiveDirective": "img-src", "blockedURL": "inline"},
    }

    response = send(client, json.dumps([item] * 50), content_type="application/reports+json")

    assert response.status_code == 204
    assert len(security_log.messages) == MAX_LOGGED_PER_BODY


def test_a_report_from_a_socket_without_an_ip_address_is_still_answered(client, security_log):
    assert send(client, report_uri_body(), address="unix:/run/gunicorn.sock").status_code == 204
