import logging
import math
from typing import Any

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import ValidationError

from . import device_cookies, security_events, throttle

logger = logging.getLogger(__name__)


class ThrottledAuthenticationForm(AdminAuthenticationForm):
    """The admin's password form, behind the throttle: this browser's own allowance or the username's (throttle.py)."""

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username")
        if username and self.cleaned_data.get("password"):
            allowance = device_cookies.allowance_for(self.request, username)
            try:
                wait = throttle.admit(allowance)
            except Exception as error:  # the shared cache is down: no password is checked unthrottled
                logger.error("Password step refused: the shared cache did not answer (%s)", type(error).__name__)
                raise ValidationError(
                    "Signing in is unavailable for a moment. Try again in a minute; if it goes on, call the "
                    "person who looks after the website.",
                    code="throttle_unavailable",
                ) from error
            if wait:
                # Named in the security log for whoever investigates; the page says the same for every username.
                security_events.password_step_throttled(self.request, username, allowance, wait)
                minutes = math.ceil(wait / 60)
                raise ValidationError(
                    "Too many tries for this username. Wait %(minutes)s minute%(s)s, then try again.",
                    code="throttled",
                    params={"minutes": minutes, "s": "" if minutes == 1 else "s"},
                )
            cleaned = super().clean()
            throttle.forget(allowance)
            return cleaned
        return super().clean()


def code_field(label: str, help_text: str) -> forms.CharField:
    """A one-time code box: the phone offers its number pad and fills the code in from a message or an app."""
    return forms.CharField(
        label=label,
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        help_text=help_text,
    )


class CodeForm(forms.Form):
    code = code_field(
        "Code from your authenticator app or a recovery code",
        "Six digits from the app, or one of your ten-digit recovery codes.",
    )


class EnrolForm(forms.Form):
    code = code_field("Code from your authenticator app", "Six digits, shown by the app once it has the secret.")
