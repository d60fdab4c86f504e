"""The second step of signing in to the admin: a code, or enrolment on the first sign-in."""

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode

import django_otp
from django.contrib import admin
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from . import devices
from .forms import CodeForm, EnrolForm
from .steps import is_verified, next_url, second_step_url

RECOVERY_CODES_SESSION_KEY = "staff_signin_new_recovery_codes"

View = Callable[..., HttpResponse]


def password_given(view: View) -> View:
    """Only for staff who passed the password step and not yet the second; others go where they belong."""

    @wraps(view)
    def guarded(request: HttpRequest) -> HttpResponse:
        user = request.user
        if not (user.is_authenticated and user.is_active and user.is_staff):
            return redirect(reverse("admin:login"))
        if is_verified(request):
            return redirect(next_url(request))
        return view(request)

    return sensitive_post_parameters("code")(never_cache(guarded))


def render_step(request: HttpRequest, template: str, title: str, **context: Any) -> HttpResponse:
    context = {**admin.site.each_context(request), "title": title, "next": next_url(request), **context}
    return render(request, template, context)


@password_given
def code(request: HttpRequest) -> HttpResponse:
    if not devices.confirmed_app(request.user):
        return redirect(second_step_url(request))
    if request.method == "POST" and "sign_out" in request.POST:
        logout(request)
        return redirect(reverse("admin:login"))
    form = CodeForm(request.POST or None)
    if form.is_valid():
        wait = devices.seconds_until_allowed(request.user)
        device = None if wait else devices.check_code(request.user, form.cleaned_data["code"])
        if device:
            django_otp.login(request, device)
            return redirect(next_url(request))
        if wait:
            seconds = "1 second" if wait == 1 else f"{wait} seconds"
            form.add_error("code", f"Too many wrong codes. Wait {seconds}, then try again.")
        else:
            form.add_error("code", "That code is not right, or it was used already. Try the next one from the app.")
    return render_step(request, "staff_signin/code.html", "Enter a code", form=form)


@password_given
def enrol(request: HttpRequest) -> HttpResponse:
    if devices.confirmed_app(request.user):
        return redirect(second_step_url(request))
    device = devices.app_to_enrol(request.user)
    form = EnrolForm(request.POST or None)
    if form.is_valid():
        if device.verify_token("".join(form.cleaned_data["code"].split())):
            device.confirmed = True
            device.save()
            request.session[RECOVERY_CODES_SESSION_KEY] = devices.new_recovery_codes(request.user)
            django_otp.login(request, device)
            return redirect(f"{reverse('staff_signin:recovery-codes')}?{urlencode({'next': next_url(request)})}")
        form.add_error("code", "That code is not right. Check the app shows Avesta, then type its current code.")
    return render_step(
        request,
        "staff_signin/enrol.html",
        "Set up your authenticator app",
        form=form,
        secret=devices.secret_text(device),
        qr_code=devices.qr_svg(device),
    )


@never_cache
def recovery_codes(request: HttpRequest) -> HttpResponse:
    """The new recovery codes, shown once, right after enrolment."""
    codes = request.session.pop(RECOVERY_CODES_SESSION_KEY, None)
    if not codes or not is_verified(request):
        return redirect(next_url(request))
    shown = [devices.show_recovery_code(c) for c in codes]
    return render_step(request, "staff_signin/recovery_codes.html", "Your recovery codes", codes=shown)
