"""Real-browser tests: Playwright driving Debian's Chromium against the live test server.

Outside CI they skip when no Chromium is installed; in CI (CI=true) a missing browser fails.
"""

import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from staff_signin import devices

from ..helpers import PASSWORD, verified_device

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
ASSETS = Path(__file__).parent / "assets"
AXE_SOURCE = ASSETS / "axe-4.14.1.min.js"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
# Without these Chromium phones home for updates and sync, which this network (rightly) refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items) -> None:
    browser_items = [item for item in items if Path(item.fspath).is_relative_to(Path(__file__).parent)]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
    if CHROMIUM.exists() or not browser_items:
        return
    if os.environ.get("CI") == "true":
        raise pytest.UsageError(f"CI=true but no Chromium at {CHROMIUM}: the browser tests must run in CI.")
    reason = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    for item in browser_items:
        item.add_marker(pytest.mark.skipif(True, reason=reason))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def browser() -> Iterator:
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread from now on; the ORM
    # calls that tests and their database set-up make between browser steps are ordinary
    # synchronous code, so Django's guard against ORM calls inside an event loop is lifted.
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)  # only this run's pictures, none stale
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
            yield browser
            browser.close()


class BrowserWatch:
    """What the browser did while a test ran: every host it asked, console errors, CSP violations."""

    def __init__(self, allowed_origin: str) -> None:
        self.allowed_origin = allowed_origin
        self.foreign_requests: list[str] = []
        self.console_errors: list[str] = []
        self.expected_error_statuses: set[int] = set()

    def on_request(self, request) -> None:
        url = request.url
        if url.startswith(("data:", "blob:", "about:")):
            return
        if "{0.scheme}://{0.netloc}".format(urlsplit(url)) != self.allowed_origin:
            self.foreign_requests.append(url)

    def on_console(self, message) -> None:
        if message.type == "error":
            where = message.location
            self.console_errors.append(f"{message.text} ({where.get('url')}:{where.get('lineNumber')})")

    def unexpected_errors(self) -> list[str]:
        expected = [f"the server responded with a status of {status}" for status in self.expected_error_statuses]
        return [error for error in self.console_errors if not any(e in error for e in expected)]


@pytest.fixture(params=list(VIEWPORTS), ids=list(VIEWPORTS))
def viewport(request) -> str:
    return request.param


@pytest.fixture
def page(browser, live_server, viewport, request, settings) -> Iterator:
    yield from watched_page(browser, live_server, viewport, request, settings, accept_downloads=True)


def watched_page(browser, live_server, viewport, request, settings, **context_options) -> Iterator:
    """A page at the viewport's size on the live server, checked after the test for requests to other hosts,
    console errors and CSP violations; a screenshot of it if the test failed."""
    settings.APPOINTMENT_FORM_MIN_SECONDS = 0
    context = browser.new_context(viewport=VIEWPORTS[viewport], base_url=live_server.url, **context_options)
    page = context.new_page()
    watch = BrowserWatch(live_server.url)
    page.on("request", watch.on_request)
    page.on("console", watch.on_console)
    page.watch = watch
    page.viewport_name = viewport
    yield page
    failed = getattr(request.node, "report_call", None) is not None and request.node.report_call.failed
    if failed:
        save_screenshot(page, f"FAILED-{request.node.name}")
    context.close()
    if not failed:
        assert watch.foreign_requests == [], "requests to other hosts"
        assert watch.unexpected_errors() == [], "console errors or CSP violations"


def save_screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    # Bring lazy-loaded images in, as a reader scrolling down would.
    page.evaluate("() => document.querySelectorAll('img[loading=lazy]').forEach(img => img.loading = 'eager')")
    page.wait_for_load_state("networkidle")
    path = SCREENSHOTS / (re.sub(r"[^\w.-]+", "-", name).strip("-") + ".png")
    page.screenshot(path=path, full_page=True)
    return path


def axe_violations(page) -> list[dict]:
    """Run axe-core's WCAG 2.x A/AA rules (2.2 included) on the current page."""
    # evaluate() goes through DevTools, so the site's CSP needs no exception for axe. Some of
    # axe's own checks set inline styles, which the CSP rightly blocks: those console errors
    # are axe's, not the page's, and are dropped.
    errors_before = len(page.watch.console_errors)
    page.evaluate(AXE_SOURCE.read_text())
    results = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
            resultTypes: ['violations'],
        })"""
    )
    del page.watch.console_errors[errors_before:]
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in results["violations"]
    ]


def focus_is_visible(page) -> bool:
    """The focused element shows the site's focus outline (at least 2px, not Bootstrap's faint glow)."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            if (!el || el === document.body) return false;
            const style = getComputedStyle(el);
            return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        }"""
    )


def fill_request_form(page, phone: str, method: str = "Phone call", message: str = "") -> None:
    """Fill the appointment form as a patient would, finding each field by its label."""
    page.get_by_label("First name").fill("Ann")
    page.get_by_label("Last name").fill("Example")
    page.get_by_label("Email address").fill("ann@example.com")
    page.get_by_label("Phone number").fill(phone)
    page.get_by_label("Preferred contact method").select_option(label=method)
    if method == "Text message":
        page.get_by_label("You may text me").check()
    page.get_by_label("Message").fill(message)
    page.get_by_label("I consent").check()


def log_in(page, user, next_url: str = "/admin/") -> None:
    """Log in to the admin as a member of staff would, by the form's labels."""
    code = fresh_code(user)  # the app was set up on an earlier sign-in
    page.goto(f"/admin/login/?next={next_url}")
    page.get_by_label("Username").fill(user.get_username())
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_label("Code from your authenticator app or a recovery code").fill(code)
    page.get_by_role("button", name="Continue").click()


def fresh_code(user) -> str:
    """The app's current code, as a phone would show it; a recovery code if this one was used already."""
    device = verified_device(user)
    device.refresh_from_db()
    if device.last_t >= int((time.time() - device.t0) // device.step):
        return devices.new_recovery_codes(user)[0]
    return devices.current_code(device)
