from typing import Any, cast

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Field, Fieldset, Layout
from django import forms
from django.urls import reverse
from django.utils.html import format_html
from phonenumber_field.formfields import PhoneNumberField

from pages.models import PRIVACY_NOTICE_SLUG, Location

from .abuse import new_form_stamp
from .models import MESSAGE_MAX_LENGTH, AppointmentRequest, Service
from .validators import validate_email_characters, validate_single_line

PATIENT_FIELDS = [
    "first_name", "last_name", "email", "phone", "contact_method", "preferred_days", "preferred_time",
    "location", "service", "patient_type", "referral", "message", "sms_opt_in", "voicemail_opt_in",
]  # fmt: skip


# Short names for fields whose label is a sentence, in the list of errors at the top.
SUMMARY_LABELS = {
    "consent": "Consent",
    "sms_opt_in": "Text messages",
    "voicemail_opt_in": "Voicemail",
}


class HeaderSafeEmailField(forms.EmailField):
    """EmailField accepts a quoted local part with control characters ("a\x0bb"@example.org) and a line
    separator after the domain: in a To: header they break the message or add a header. Refused first,
    with a message that says why."""

    def validate(self, value: str) -> None:
        super().validate(value)
        if value:
            validate_email_characters(value)


class AppointmentRequestForm(forms.ModelForm):
    phone = PhoneNumberField(
        label="Phone number",
        required=False,
        error_messages={"invalid": "Enter a phone number like (480) 555-0123, or one starting with +."},
        help_text="Needed if you would like a call or a text, e.g. (480) 555-0123.",
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    preferred_days = forms.MultipleChoiceField(
        label="Preferred days (optional)",
        choices=AppointmentRequest.Day.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Leave empty if any weekday is fine.",
    )
    consent = forms.BooleanField(
        required=True,
        error_messages={"required": "Please agree to be contacted, so that we can answer your request."},
    )
    # Not patient data: the form's own bookkeeping, checked before anything is stored.
    submission_token = forms.UUIDField(widget=forms.HiddenInput)
    form_started = forms.CharField(widget=forms.HiddenInput)
    source_path = forms.CharField(widget=forms.HiddenInput, required=False, max_length=200)
    website = forms.CharField(label="Leave this field empty", required=False)  # honeypot

    class Meta:
        model = AppointmentRequest
        fields = PATIENT_FIELDS
        field_classes = {"email": HeaderSafeEmailField}
        labels = {
            "first_name": "First name",
            "last_name": "Last name",
            "email": "Email address",
            "contact_method": "Preferred contact method",
            "preferred_time": "Preferred time of day (optional)",
            "location": "Clinic location",
            "service": "Service you are interested in",
            "patient_type": "New or returning patient",
            "referral": "How did you hear about us? (optional)",
            "message": "Message (optional)",
            "sms_opt_in": "You may text me about my request and appointments.",
            "voicemail_opt_in": "You may leave me a voice mail.",
        }
        error_messages = {
            "first_name": {"required": "Please enter your first name."},
            "last_name": {"required": "Please enter your last name."},
            "email": {"required": "Please enter your email address, so that we can confirm your request."},
            "contact_method": {"required": "Please choose how we should contact you."},
            "patient_type": {"required": "Please tell us whether you have been to our clinic before."},
            "location": {"required": "Please choose a clinic location."},
            "service": {"required": "Please choose what you would like help with."},
        }
        help_texts = {
            "email": "We send a confirmation here.",
            "contact_method": "How should our front desk get in touch with you?",
            "message": f"Anything you would like us to know, up to {MESSAGE_MAX_LENGTH} characters. "
            "Please do not include detailed medical history.",
        }
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "preferred_time": forms.RadioSelect,
            "patient_type": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 4, "maxlength": MESSAGE_MAX_LENGTH}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        location = cast(forms.ModelChoiceField, self.fields["location"])
        location.queryset = Location.objects.all()
        location.empty_label = "Choose a location"
        self._choices("service", [("", "Choose one"), *Service.choices])
        self._choices("referral", [("", "Prefer not to say"), *AppointmentRequest.Referral.choices])
        self._choices("contact_method", [("", "Choose one"), *AppointmentRequest.ContactMethod.choices])
        self.fields["preferred_time"].required = False  # "Any time" is chosen until the patient says otherwise
        self.fields["consent"].label = format_html(
            "I consent to the clinic contacting me about this request, as described in the "
            '<a href="{}">privacy policy</a>.',
            reverse("pages:page", args=[PRIVACY_NOTICE_SLUG]),
        )
        self.helper = self._layout()

    def _choices(self, name: str, choices: list[tuple[str, str]]) -> None:
        cast(forms.ChoiceField, self.fields[name]).choices = choices

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        method = cleaned.get("contact_method")
        if (
            method in {AppointmentRequest.ContactMethod.CALL, AppointmentRequest.ContactMethod.TEXT}
            and not cleaned.get("phone")
            and "phone" not in self.errors
        ):
            self.add_error("phone", "Please give a phone number so that we can call or text you, or choose email.")
        if method == AppointmentRequest.ContactMethod.TEXT and not cleaned.get("sms_opt_in"):
            self.add_error("sms_opt_in", "To be contacted by text message, please tick this box.")
        return cleaned

    def error_summary(self) -> list[tuple[str, str]]:
        """(anchor, message) for each error, the anchor being the first control of its field."""
        summary: list[tuple[str, str]] = []
        for name, errors in self.errors.items():
            if name == "__all__":
                summary.extend(("", str(error)) for error in errors)
                continue
            field = self[name]
            grouped = isinstance(field.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple)
            anchor = f"{field.auto_id}_0" if grouped else field.auto_id
            label = SUMMARY_LABELS.get(name, field.label)
            summary.extend((anchor, f"{label}: {error}") for error in errors)
        return summary

    def clean_preferred_time(self) -> str:
        return self.cleaned_data["preferred_time"] or AppointmentRequest.TimeOfDay.ANY

    def clean_source_path(self) -> str:
        path = self.cleaned_data["source_path"]
        # Only a path on this site: never a full URL, never a query string (it could hold anything).
        return path if path.startswith("/") and not path.startswith("//") and "?" not in path else ""

    @staticmethod
    def _layout() -> FormHelper:
        helper = FormHelper()
        helper.form_tag = False
        helper.disable_csrf = True  # the page's own form tag carries the token
        helper.layout = Layout(
            Fieldset(
                "About you",
                Div("first_name", "last_name", css_class="field-pair"),
                "email",
                "phone",
                "patient_type",
            ),
            Fieldset("How we should reach you", "contact_method", "sms_opt_in", "voicemail_opt_in"),
            Fieldset("Your visit", "location", "service"),
            Fieldset(
                "Optional: anything that helps us prepare",
                "preferred_days",
                "preferred_time",
                "referral",
                "message",
                css_class="optional-part",
            ),
            Fieldset("Consent", "consent"),
            Div(Field("website", tabindex="-1", autocomplete="off"), css_class="form-trap", aria_hidden="true"),
            "submission_token",
            "form_started",
            "source_path",
        )
        return helper


def initial_form_data(service: str | None, source_path: str) -> dict:
    """What a fresh form starts with: a one-time token, the time it was shown, where the patient came from."""
    token, stamp = new_form_stamp()
    initial = {"submission_token": token, "form_started": stamp, "source_path": source_path}
    if service in Service.values:
        initial["service"] = service
    locations = list(Location.objects.values_list("pk", flat=True)[:2])
    if len(locations) == 1:
        initial["location"] = locations[0]
    return initial


class ExportReasonForm(forms.Form):
    """Why staff take requests out of the admin: kept in each request's access history."""

    reason = forms.CharField(
        label="Why are you exporting these requests?",
        help_text="Kept in each request's access history, with your name and the time.",
        max_length=200,
        validators=[validate_single_line],
        error_messages={"required": "Please say why you are exporting these requests."},
        widget=forms.TextInput(attrs={"size": 60, "autocomplete": "off"}),
    )
