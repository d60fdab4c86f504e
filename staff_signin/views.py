"""The second step of signing in to the admin: a code, or enrolment (with an enrolment link) on the first sign-in."""

from collections.abc import Callable
from functools import wraps
from typing import Any

import django_otp
from django.contrib import admin, messages
from django.contrib.auth import logout
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import rotate_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp.models import Device

from . import device_cookies, devices, enrolment, security_events
from .forms import CodeForm, EnrolForm
from .steps import is_verified, next_url, second_step_url, with_next

RECOVERY_CODES_SESSION_KEY = "staff_signin_new_recovery_codes"

View = Callable[..., HttpResponse]


def password_given(view: View) -> View:
    """Only for staff who passed the password step and not yet the second; others go where they belong.

    Either step's page can sign out instead ("sign_out" in a POST).
    """

    @wraps(view)
    def guarded(request: HttpRequest) -> HttpResponse:
        user = request.user
        if not (user.is_authenticated and user.is_active and user.is_staff):
            return redirect(reverse("admin:login"))
        if is_verified(request):
            return redirect(next_url(request))
        if request.method == "POST" and "sign_out" in request.POST:
            logout(request)
            return redirect(reverse("admin:login"))
        return view(request)

    return sensitive_post_parameters("code")(never_cache(guarded))


def render_step(request: HttpRequest, template: str, title: str, status: int = 200, **context: Any) -> HttpResponse:
    context = {**admin.site.each_context(request), "title": title, "next": next_url(request), **context}
    return render(request, template, context, status=status)


def signed_in(request: HttpRequest, device: Device, to: str) -> HttpResponse:
    """Both steps passed: a new session key and CSRF token, and this browser remembered for this user."""
    django_otp.login(request, device)
    # The password step's session and token were seen before the second factor: neither outlives it.
    request.session.cycle_key()
    rotate_token(request)
    response = redirect(to)
    device_cookies.remember(request, response, request.user.get_username())
    return response


@password_given
def code(request: HttpRequest) -> HttpResponse:
    if not devices.confirmed_app(request.user):
        return redirect(second_step_url(request))
    form = CodeForm(request.POST or None)
    if form.is_valid():
        username = request.user.get_username()
        wait = devices.seconds_until_allowed(request.user)
        device = None if wait else devices.check_code(request.user, form.cleaned_data["code"])
        if device:
            return signed_in(request, device, next_url(request))
        if wait:
            security_events.code_step_throttled(request, username, wait)
            seconds = "1 second" if wait == 1 else f"{wait} seconds"
            form.add_error("code", f"Too many wrong codes. Wait {seconds}, then try again.")
        else:
            security_events.wrong_code(request, username, "sign-in")
            form.add_error("code", "That code is not right, or it was used already. Try the next one from the app.")
    return render_step(request, "staff_signin/code.html", "Enter a code", form=form)


@password_given
def enrol(request: HttpRequest) -> HttpResponse:
    if devices.confirmed_app(request.user):
        return redirect(second_step_url(request))
    link = enrolment.held(request)
    if link is None:
        # The password alone shows no secret: a thief who has it would set up an app of their own.
        return render_step(request, "staff_signin/needs_link.html", "Ask for an enrolment link")
    device = devices.app_to_enrol(request.user)
    form = EnrolForm(request.POST or None)
    if form.is_valid():
        if device.verify_token("".join(form.cleaned_data["code"].split())):
            with transaction.atomic():
                if enrolment.use(request, link):
                    device.confirmed = True
                    device.save()
                    request.session[RECOVERY_CODES_SESSION_KEY] = devices.new_recovery_codes(request.user)
                    security_events.enrolled(request, request.user.get_username())
                    return signed_in(request, device, with_next(reverse("staff_signin:recovery-codes"), request))
            return redirect(second_step_url(request))  # spent meanwhile, in another tab
        security_events.wrong_code(request, request.user.get_username(), "set-up")
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
def enrolment_link(request: HttpRequest) -> HttpResponse:
    """An enrolment link, opened: this browser may set up the app of the link's user once they give the password.

    Opening it changes nothing else (a mail scanner that fetches it spends nothing); the link is used up
    only when the app is confirmed.
    """
    link = enrolment.find(request.GET.get("token", ""))
    if link is None:
        security_events.enrolment_link_refused(request)
        return render_step(request, "staff_signin/link_refused.html", "This link does not work", status=400)
    if request.user.is_authenticated and request.user.pk != link.user_id:
        logout(request)  # someone else was signed in on this browser: the link is not theirs
    enrolment.hold(request, link)
    if request.user.is_authenticated:
        return redirect(reverse("staff_signin:enrol"))
    messages.info(request, "Sign in with your username and password to set up your authenticator app.")
    return redirect(reverse("admin:login"))  # then where staff land (steps.next_url)


@never_cache
def recovery_codes(request: HttpRequest) -> HttpResponse:
    """The new recovery codes, shown once, right after enrolment."""
    codes = request.session.pop(RECOVERY_CODES_SESSION_KEY, None)
    if not codes or not is_verified(request):
        return redirect(next_url(request))
    shown = [devices.show_recovery_code(c) for c in codes]
    return render_step(request, "staff_signin/recovery_codes.html", "Your recovery codes", codes=shown)
