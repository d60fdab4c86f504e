"""The admin site: open only to staff who gave their password and then a second factor."""

from typing import Any

from django.conf import settings
from django.contrib.admin import AdminSite
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect

from .forms import ThrottledAuthenticationForm
from .steps import is_verified, next_url, second_step_url


def send_on(response: HttpResponse, url: str) -> HttpResponse:
    """Redirect to `url` instead, keeping the cookies Django set on its own answer.

    Django's login view sets the CSRF token it rotated at sign-in on its own response (its csrf_protect
    decorator does, and the middleware then has nothing left to set): a new response would lose it,
    and the browser would keep the token it had before signing in.
    """
    if isinstance(response, HttpResponseRedirect):
        response["Location"] = url
        return response
    return redirect(url)


class StaffAdminSite(AdminSite):
    login_form = ThrottledAuthenticationForm
    login_template = "staff_signin/login.html"

    def has_permission(self, request: HttpRequest) -> bool:
        # Without a session cookie nobody is signed in: answer without opening the (empty) session, which
        # would add `Vary: Cookie` to the public pages that ask (article previews) and spoil their caching.
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return False
        return super().has_permission(request) and is_verified(request)

    def login(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        """The password step; a right password leads on to the code (or enrolment) step, not the admin.

        Whatever Django's login view would follow (it allows this host's absolute URLs), only a path
        on this site is (steps.next_url), here as after every other step. With none asked for, the page sends
        staff where they land (LOGIN_REDIRECT_URL), not to the admin's home as Django's would.
        """
        if REDIRECT_FIELD_NAME not in request.GET and REDIRECT_FIELD_NAME not in request.POST:
            extra_context = {REDIRECT_FIELD_NAME: next_url(request), **(extra_context or {})}
        response = super().login(request, extra_context)
        user = request.user
        if not (user.is_authenticated and user.is_active and user.is_staff):
            return response
        if not is_verified(request):
            return send_on(response, second_step_url(request))
        return send_on(response, next_url(request)) if response.status_code == 302 else response

    def logout(  # type: ignore[override]  # a redirect where Django's answers a page or a redirect
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        """Signing out (a POST); a `next` is followed only to a path on this site, else to the admin home."""
        response = super().logout(request, extra_context)
        if request.method == "POST" and REDIRECT_FIELD_NAME in {*request.GET, *request.POST}:
            return send_on(response, next_url(request))
        return response
