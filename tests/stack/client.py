"""A small HTTP client for the local stack: one cookie jar, no redirects followed, either through nginx
(HTTPS, self-signed) or straight to one app server as nginx would call it."""

import http.client
import ssl
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlencode

from bs4 import BeautifulSoup

from ..helpers import ANN_EXAMPLE


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    text: str

    def soup(self) -> BeautifulSoup:
        return BeautifulSoup(self.text, "html.parser")


@dataclass
class Browser:
    """One person's browser. `host` is the site's name and port as the browser sees it (nginx's HTTPS port);
    the cookies travel with this object, so one browser may talk to both app servers in turn."""

    host: str
    client_address: str = "127.0.0.1"
    cookies: dict[str, str] = field(default_factory=dict)

    def via_nginx(
        self, port: int, method: str, path: str, form: dict | None = None, headers: dict | None = None
    ) -> Response:
        connection = http.client.HTTPSConnection("127.0.0.1", port, timeout=30, context=unverified())
        return self._send(connection, method, path, form, headers or {})

    def via_app_server(self, port: int, method: str, path: str, form: dict | None = None) -> Response:
        """Straight to one gunicorn, with the headers nginx adds (the app trusts them from loopback)."""
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-For": self.client_address}
        return self._send(connection, method, path, form, forwarded)

    def _send(
        self, connection: http.client.HTTPConnection, method: str, path: str, form: dict | None, extra: dict
    ) -> Response:
        headers = {"Host": self.host, **extra}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://{self.host}"
        try:
            connection.request(method, path, body=body, headers=headers)
            answer = connection.getresponse()
            text = answer.read().decode("utf-8", "replace")
        finally:
            connection.close()
        for line in answer.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(line).items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return Response(answer.status, answer.headers, text)


def unverified() -> ssl.SSLContext:
    """The stack's certificate is self-signed for 127.0.0.1."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def hidden_fields(page: Response) -> dict[str, str]:
    form = page.soup().select_one("form[method=post]")
    assert form is not None, page.text[:500]
    return {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}


def request_form(page: Response, message: str = "I get migraines twice a week.") -> dict:
    """What a patient sends from the form page they were shown (its token, stamp and CSRF token)."""
    location = page.soup().select_one("select[name=location] option[value]:not([value=''])")
    assert location is not None
    return {**hidden_fields(page), **ANN_EXAMPLE, "location": location["value"], "message": message}


def wait_past_minimum_fill_time(opened_at: float, seconds: float) -> None:
    time.sleep(max(0.0, opened_at + seconds + 0.2 - time.monotonic()))
