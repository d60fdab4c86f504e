"""The admin site: open only to staff who gave their password and then a second factor."""

from typing import Any

from django.conf import settings
from django.contrib.admin import AdminSite
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from .forms import ThrottledAuthenticationForm
from .steps import is_verified, second_step_url


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
        """The password step; a right password leads on to the code (or enrolment) step, not the admin."""
        response = super().login(request, extra_context)
        user = request.user
        if user.is_authenticated and user.is_active and user.is_staff and not is_verified(request):
            return redirect(second_step_url(request))
        return response
