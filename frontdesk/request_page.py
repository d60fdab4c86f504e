"""What a request's page at the front desk shows and offers, decided here so that its templates only present.

First who and how to reach them, what they asked and the urgent mark; then the next steps with the note box; then
the contact log, the notes, the emails and the latest access history (request_records.py).
"""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db.models import QuerySet
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince

from appointments import not_a_fit, response_clock
from appointments.contact_log import REACHING_OUTCOMES, ContactAttempt
from appointments.models import AppointmentRequest
from appointments.next_step_forms import NextStepForm
from appointments.next_steps import NEXT_STEPS, UNDO_NOT_A_FIT, NextStep, offered_steps

from .notes import NoteForm
from .request_records import access_history, clinic_time, contact_log, email_states, notes, staff_name

# Other requests from the same person, newest first.
OTHER_REQUESTS_SHOWN = 10
# Steps that end the work on a request: offered, but quieter than calling, replying and booking.
QUIET_STEPS = {"not-a-fit", "spam"}
CHANGE_PERMISSION = "appointments.change_appointmentrequest"
NOTE_PERMISSION = "appointments.add_note"


def shown_requests() -> QuerySet[AppointmentRequest]:
    """A request with what its page reads of other tables, in one query (and two for the location's hours)."""
    return AppointmentRequest.objects.select_related(
        "location", "assignee", "likely_duplicate_of", "consultation_location"
    ).prefetch_related("location__opening_hours", "location__closed_days")


def page_title(appointment: AppointmentRequest) -> str:
    return f"Request {appointment.reference} from {appointment.short_name}"


@dataclass(frozen=True)
class ContactLink:
    kind: str  # call, text or email: the page shows the call first and largest
    href: str
    label: str


def contact_links(appointment: AppointmentRequest) -> list[ContactLink]:
    """A tap away: call, text only if they agreed to texts, email."""
    links = []
    if appointment.phone:
        number, spoken = appointment.phone.as_e164, appointment.phone.as_national
        links.append(ContactLink("call", f"tel:{number}", f"Call {spoken}"))
        if appointment.sms_opt_in:
            links.append(ContactLink("text", f"sms:{number}", f"Text {spoken}"))
    links.append(ContactLink("email", f"mailto:{appointment.email}", f"Email {appointment.email}"))
    return links


def voicemail(appointment: AppointmentRequest) -> str:
    return "Agreed: a message is fine" if appointment.voicemail_opt_in else "Not agreed: do not leave a message"


CALL_NOW = (
    "Call now, before other requests. If they may be in danger, tell them to call 911; the 988 Suicide & Crisis "
    "Lifeline (call or text 988) is open day and night. Nobody has spoken with them yet."
)


@dataclass(frozen=True)
class Urgency:
    """The urgent box: what the mark asks of staff now, and the one step that corrects it."""

    state: str  # call-now, reached or calm: the box's colour
    heading: str
    guidance: str
    step: NextStep | None
    form: NextStepForm | None

    @property
    def is_urgent(self) -> bool:
        return self.state != "calm"


def urgency(
    appointment: AppointmentRequest,
    attempts: list[ContactAttempt],
    step: NextStep | None = None,
    form: NextStepForm | None = None,
) -> Urgency:
    if not appointment.is_urgent:
        return Urgency("calm", "Not marked urgent", "", step, form)
    if appointment.needs_urgent_call:
        last = max(attempts, key=lambda attempt: attempt.at, default=None)
        if last is None:
            return Urgency("call-now", "Call now", CALL_NOW, step, form)
        tried = f" Last try: {last.get_outcome_display().lower()} by {staff_name(last.by)}, {clinic_time(last.at)}."
        return Urgency("call-now", "Call now", CALL_NOW + tried, step, form)
    reached = min((a for a in attempts if a.outcome in REACHING_OUTCOMES), key=lambda a: a.at, default=None)
    if reached is None:
        guidance = f"No longer waiting for a first call: the request is {appointment.get_status_display().lower()}."
    else:
        escalated = reached.outcome == ContactAttempt.Outcome.ESCALATED
        what = "escalated (988, 911 or a clinician)" if escalated else "spoke with them"
        guidance = f"Reached: {staff_name(reached.by)} {what}, {clinic_time(reached.at)}."
    return Urgency("reached", "Patient reached", guidance, step, form)


@dataclass(frozen=True)
class StepButton:
    """A button of the page's one form, which sends the note along: `step` does the step, `open` saves the note
    and opens the step's own page."""

    step: NextStep

    @property
    def name(self) -> str:
        return "open" if self.step.opens_a_page else "step"

    @property
    def quiet(self) -> bool:
        return self.step.slug in QUIET_STEPS


def step_url(appointment: AppointmentRequest, step: NextStep | str) -> str:
    slug = step if isinstance(step, str) else step.slug
    return reverse("frontdesk:next-step", args=[appointment.pk, slug])


def step_buttons(steps: list[NextStep]) -> list[StepButton]:
    """The buttons under "Next step": the urgent mark has its own box, and undoing "not a fit" sits beside it."""
    return [StepButton(step) for step in steps if not step.in_place and step.slug != UNDO_NOT_A_FIT]


@dataclass(frozen=True)
class NotAFitDecision:
    """“Not a fit (Outside our area)”, and for 24 hours the button that undoes it."""

    reason: str
    undo: str  # the undo step's slug while it is offered
    undo_until: str


def not_a_fit_decision(appointment: AppointmentRequest, may_act: bool) -> NotAFitDecision | None:
    if appointment.status != AppointmentRequest.Status.NOT_A_FIT:
        return None
    ends = not_a_fit.undo_ends_at(appointment)
    offered = may_act and not_a_fit.undo_offered(appointment) and ends is not None
    return NotAFitDecision(
        reason=appointment.not_a_fit_reason,
        undo=UNDO_NOT_A_FIT if offered else "",
        undo_until=clinic_time(ends) if offered and ends else "",
    )


@dataclass(frozen=True)
class Fact:
    """One line of the request's summary: a label and what to show."""

    label: str
    value: str
    url: str = ""
    alert: bool = False


def waiting(appointment: AppointmentRequest) -> Fact:
    """Open time since it arrived until the first response, in business hours; red once overdue."""
    waited = response_clock.hours_and_minutes(response_clock.time_waited(appointment))
    if response_clock.is_overdue(appointment):
        target = settings.APPOINTMENT_RESPONSE_TARGET_HOURS
        return Fact("Waiting (business hours)", f"{waited}, past the {target} h target", alert=True)
    return Fact("Waiting (business hours)", waited)


def received(appointment: AppointmentRequest) -> str:
    """“Tue Dec 1, 10:05 am (2 hours ago)”."""
    return f"{clinic_time(appointment.created_at)} ({timesince(appointment.created_at, depth=1)} ago)"


def summary(appointment: AppointmentRequest, waited: Fact) -> list[Fact]:
    facts = [Fact("Status", appointment.get_status_display()), Fact("Received", received(appointment)), waited]
    if appointment.respond_by and response_clock.is_awaiting_reply(appointment):
        facts.append(Fact("Reply by", clinic_time(appointment.respond_by)))
    if appointment.first_response_at:
        facts.append(Fact("First response", clinic_time(appointment.first_response_at)))
    facts.append(Fact("Assigned to", staff_name(appointment.assignee) if appointment.assignee else "Nobody yet"))
    if appointment.consultation_at:
        facts.append(Fact("Consultation", appointment.consultation_display))
    if appointment.likely_duplicate_of:
        original = appointment.likely_duplicate_of
        facts.append(Fact("Likely duplicate of", original.reference, original.get_absolute_url()))
    if appointment.legal_hold:
        facts.append(Fact("Legal hold", "Kept however old"))
    return facts


@dataclass(frozen=True)
class OtherRequest:
    reference: str
    url: str
    description: str


def other_requests(appointment: AppointmentRequest) -> list[OtherRequest]:
    """Every other request with the same email or phone, newest first, so staff see the whole story."""
    others = (
        AppointmentRequest.objects.from_same_person(appointment.email, appointment.phone)
        .exclude(pk=appointment.pk)
        .order_by("-created_at")
        .only("pk", "reference", "status", "created_at")
    )
    return [
        OtherRequest(
            other.reference,
            other.get_absolute_url(),
            f"{other.get_status_display().lower()}, {timezone.localtime(other.created_at):%b %-d, %Y}",
        )
        for other in others[:OTHER_REQUESTS_SHOWN]
    ]


def page_context(
    user: User,
    appointment: AppointmentRequest,
    *,
    note_form: NoteForm | None = None,
    urgency_form: NextStepForm | None = None,
    announcement: str = "",
) -> dict[str, Any]:
    """Everything the page and its in-place part present, read now (before this visit is recorded)."""
    may_act = user.has_perm(CHANGE_PERMISSION)
    steps = offered_steps(appointment) if may_act else []
    urgency_step = next((step for step in steps if step.in_place), None)
    if urgency_step is not None and urgency_form is None and urgency_step.form is not None:
        urgency_form = urgency_step.form(appointment, user, QueryDict())
    attempts = list(appointment.contact_attempts.select_related("by", "notification"))
    history, history_count = access_history(appointment) if user.has_perm("appointments.view_auditevent") else ([], 0)
    waited = waiting(appointment)
    return {
        "original": appointment,
        "contact_links": contact_links(appointment),
        "voicemail": voicemail(appointment),
        "urgency": urgency(appointment, attempts, urgency_step, urgency_form),
        "received": received(appointment),
        "waiting": waited,
        "assignee": staff_name(appointment.assignee) if appointment.assignee else "",
        "summary": summary(appointment, waited),
        "other_requests": other_requests(appointment),
        "not_a_fit": not_a_fit_decision(appointment, may_act),
        "step_buttons": step_buttons(steps),
        "may_note": may_act and user.has_perm(NOTE_PERMISSION),
        "note_form": note_form or NoteForm(),
        "has_errors": bool((note_form and note_form.errors) or (urgency_form and urgency_form.errors)),
        "contact_log": contact_log(attempts),
        "notes": notes(appointment),
        "email_states": email_states(appointment),
        "shows_access_history": user.has_perm("appointments.view_auditevent"),
        "access_history": history,
        "access_history_count": history_count,
        "announcement": announcement,
    }


def step_page_context(
    appointment: AppointmentRequest, step: NextStep, form: NextStepForm, note_form: NoteForm
) -> dict[str, Any]:
    """A next step's own page: who it is about and how to reach them, then the step's form."""
    attempts = list(appointment.contact_attempts.select_related("by"))
    note_form.fields["note"].help_text = "Kept with the request's notes when you press the button below."
    return {
        "original": appointment,
        "step": step,
        "form": form,
        "note_form": note_form,
        "carries_note": "note" not in form.fields,
        "contact_links": contact_links(appointment),
        "urgency": urgency(appointment, attempts),
        "request_url": appointment.get_absolute_url(),
    }


def step_page_title(appointment: AppointmentRequest, step: NextStep) -> str:
    return f"{step.label}: request {appointment.reference} from {appointment.short_name}"


def find_step(slug: str) -> NextStep | None:
    return NEXT_STEPS.get(slug)
