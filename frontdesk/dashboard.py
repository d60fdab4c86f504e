"""The front desk's dashboard: appointments/dashboard.py's figures, each a link into the inbox filtered the same way."""

from dataclasses import dataclass, replace

from django.contrib.auth.models import User

from appointments.dashboard import Tally, Waiting, what_is_waiting
from appointments.models import AppointmentRequest

from .inbox import FILTERS, inbox_url

# The inbox's filter for each of what_is_waiting()'s figures, by the figure's label: the two count the same
# requests (tests/frontdesk/test_dashboard.py checks each figure against its list).
FILTER_OF_TALLY = {
    "New": "new",
    "Urgent": "urgent",
    "Overdue": "overdue",
    "Likely duplicates": "duplicates",
    "Assigned to me": "mine",
}
HELD = FILTERS["held"]


@dataclass(frozen=True)
class Dashboard:
    waiting: Waiting
    tallies: list[Tally]
    consultations_url: str


def dashboard(user: User) -> Dashboard:
    """What is waiting, with the requests held as a suspected flood beside it; every figure opens its list."""
    waiting = what_is_waiting(user)
    tallies = [replace(tally, url=inbox_url(show=FILTER_OF_TALLY[tally.label])) for tally in waiting.tallies]
    held = AppointmentRequest.objects.filter(HELD.condition(user)).count()
    tallies.append(Tally(HELD.label, held, inbox_url(show=HELD.key)))
    return Dashboard(waiting, tallies, inbox_url(show=FILTERS["scheduled"].key))
