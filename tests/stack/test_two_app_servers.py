"""Two app servers behind nginx act as one site: limits, sessions and pages are shared, and one can stop.

Runs on the local stack (deploy/local-stack.sh, see conftest.py): production settings, HTTPS through nginx,
one PostgreSQL database and one Redis. `make stack-test` runs these alone.
"""

import random
import secrets
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from django_otp.oath import totp

from .client import Browser, Response, request_form, unverified, wait_past_minimum_fill_time
from .conftest import Stack

pytestmark = pytest.mark.stack

FORM = "/request-an-appointment/"
ARTICLE = "/blog/ketamine-therapy-migraine-relief/"


def a_client_address() -> str:
    """A patient of their own for each test, so that no test's requests count against another's limit."""
    return f"10.{random.randrange(256)}.{random.randrange(256)}.{random.randrange(1, 255)}"


def rate_limit_count(stack: Stack) -> int:
    return int(stack.setting("APPOINTMENT_RATE_LIMIT", "5/h").split("/")[0])


def min_fill_seconds(stack: Stack) -> int:
    return int(stack.setting("APPOINTMENT_FORM_MIN_SECONDS", "3"))


def test_the_form_limit_per_client_holds_across_both_app_servers(stack: Stack):
    browser = Browser(stack.host, client_address=a_client_address())
    limit = rate_limit_count(stack)
    ports = [stack.app_ports[i % 2] for i in range(limit + 1)]  # A, B, A, B, ...
    forms = [request_form(browser.via_app_server(port, "GET", FORM)) for port in ports]
    wait_past_minimum_fill_time(time.monotonic(), min_fill_seconds(stack))  # since the last form opened

    statuses = [
        browser.via_app_server(port, "POST", FORM, form).status for port, form in zip(ports, forms, strict=True)
    ]

    # Exactly as on one server: `limit` requests stored, the next refused, whichever server it reached.
    assert statuses == [302] * limit + [429]


def test_a_staff_session_made_on_one_server_works_on_the_other(stack: Stack):
    username, password = f"stack-{secrets.token_hex(4)}", secrets.token_urlsafe(16)
    key = stack.shell(
        "from django.contrib.auth import get_user_model; "
        "from django_otp.plugins.otp_totp.models import TOTPDevice; "
        "from staff_signin.devices import APP_DEVICE_NAME; "
        f"user = get_user_model().objects.create_user({username!r}, password={password!r}, is_staff=True, "
        "is_superuser=True); "
        "print(TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=True).key)"
    )
    server_a, server_b = stack.app_ports
    browser = Browser(stack.host, client_address=a_client_address())

    login = browser.via_app_server(server_a, "GET", "/admin/login/?next=/admin/")
    token = login.soup().select_one("input[name=csrfmiddlewaretoken]")
    assert token is not None
    fields = {"csrfmiddlewaretoken": token["value"], "username": username, "password": password, "next": "/admin/"}
    password_step = browser.via_app_server(server_a, "POST", "/admin/login/?next=/admin/", fields)
    assert password_step.status == 302
    code_url = urlsplit(password_step.headers["Location"])
    code_path = f"{code_url.path}?{code_url.query}" if code_url.query else code_url.path
    assert code_path.startswith("/admin/sign-in/code/")

    # The second step on the other server: the session the first one wrote is in the shared database.
    code_page = browser.via_app_server(server_b, "GET", code_path)
    assert code_page.status == 200, code_page.text[:300]
    code = f"{totp(bytes.fromhex(key)):06d}"
    token = code_page.soup().select_one("input[name=csrfmiddlewaretoken]")
    assert token is not None
    signed_in = browser.via_app_server(
        server_b, "POST", code_path, {"csrfmiddlewaretoken": token["value"], "code": code}
    )
    assert signed_in.status == 302, signed_in.text[:300]

    for port in (server_a, server_b):
        front_desk = browser.via_app_server(port, "GET", "/admin/front-desk/")
        assert front_desk.status == 200
        assert "Today at the front desk" in front_desk.text


def title_on(response: Response) -> str:
    heading = response.soup().select_one("h1")
    assert heading is not None
    return heading.get_text(" ", strip=True)


def test_an_article_corrected_through_one_server_shows_corrected_on_both(stack: Stack):
    browser = Browser(stack.host)
    for port in stack.app_ports:  # both have shown (and may have cached) the article
        assert browser.via_app_server(port, "GET", ARTICLE).status == 200
    assert browser.via_nginx(stack.https_port, "GET", ARTICLE).status == 200
    corrected = f"Ketamine Therapy and Migraine, corrected {secrets.token_hex(3)}"

    # As an editor's save in the admin would: through the model, so whatever invalidates the cache runs.
    stack.shell(
        "from blog.models import Post; "
        "post = Post.objects.get(slug='ketamine-therapy-migraine-relief'); "
        f"post.title = {corrected!r}; post.save()"
    )

    for port in stack.app_ports:
        assert title_on(browser.via_app_server(port, "GET", ARTICLE)) == corrected
    for _ in range(2):  # nginx's round robin: both servers
        assert title_on(browser.via_nginx(stack.https_port, "GET", ARTICLE)) == corrected


def test_nginx_answers_a_cached_article_from_its_page_file_without_any_app_server(stack: Stack):
    browser = Browser(stack.host)
    corrected = f"Ketamine Therapy, from a page file {secrets.token_hex(3)}"
    stack.shell(
        "from blog.models import Post; "
        "post = Post.objects.get(slug='ketamine-therapy-migraine-relief'); "
        f"post.title = {corrected!r}; post.save()"
    )
    assert title_on(browser.via_nginx(stack.https_port, "GET", ARTICLE)) == corrected  # rendered, file written

    stack.run("app-stop", "a")
    stack.run("app-stop", "b")
    try:
        from_file = browser.via_nginx(stack.https_port, "GET", ARTICLE)
        form = browser.via_nginx(stack.https_port, "GET", FORM)  # never a file: it needs an app server
    finally:
        stack.run("app-start", "a")
        stack.run("app-start", "b")

    assert from_file.status == 200 and title_on(from_file) == corrected
    assert "default-src 'none'" in from_file.headers["content-security-policy"]
    assert from_file.headers["cache-control"] == "public, no-cache"
    assert form.status == 502


@pytest.fixture
def traffic(stack: Stack) -> Iterator[list[int]]:
    """GETs through nginx, one after another in the background, while the test does its work: their statuses."""
    statuses: list[int] = []
    done = threading.Event()

    def browse() -> None:
        browser = Browser(stack.host)
        while not done.is_set():
            statuses.append(browser.via_nginx(stack.https_port, "GET", "/").status)
            time.sleep(0.05)  # a steady trickle; the machine's two cores also run the servers

    thread = threading.Thread(target=browse)
    thread.start()
    yield statuses
    done.set()
    thread.join()


def test_stopping_one_app_server_loses_no_request(stack: Stack, traffic: list[int]):
    time.sleep(0.5)
    stack.run("app-stop", "a")
    try:
        browser = Browser(stack.host)
        after = [browser.via_nginx(stack.https_port, "GET", path).status for path in ["/", ARTICLE] * 10]

        # A patient's form reaches the remaining server: nginx passes a POST on only when the stopped
        # server never accepted it (refused connection), which is the case here.
        forms = [request_form(browser.via_nginx(stack.https_port, "GET", FORM), f"Stack {n}") for n in range(3)]
        wait_past_minimum_fill_time(time.monotonic(), min_fill_seconds(stack))
        sent = [browser.via_nginx(stack.https_port, "POST", FORM, form).status for form in forms]
    finally:
        stack.run("app-start", "a")

    assert after == [200] * 20
    assert sent == [302] * 3
    assert traffic and set(traffic) == {200}, f"{len(traffic)} background requests: {sorted(set(traffic))}"


def slow_client(port: int) -> ssl.SSLSocket:
    """A connection that sends half a request line and then nothing (slowloris)."""
    raw = socket.create_connection(("127.0.0.1", port), timeout=10)
    connection = unverified().wrap_socket(raw, server_hostname="127.0.0.1")
    connection.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
    return connection


def test_fifty_slow_clients_do_not_delay_anyone_else(stack: Stack):
    slow = [slow_client(stack.https_port) for _ in range(50)]
    try:
        browser = Browser(stack.host)
        timings = []
        for _ in range(10):
            started = time.monotonic()
            assert browser.via_nginx(stack.https_port, "GET", ARTICLE).status == 200
            timings.append(time.monotonic() - started)
    finally:
        for connection in slow:
            connection.close()

    assert max(timings) < 1.0, timings
