"""What the tests of a request's page share: its addresses, its parts, and the script's header."""

from bs4 import BeautifulSoup

from appointments.models import AppointmentRequest

from ..helpers import soup_of

# What static/js/frontdesk.js sends with a form it submits in place.
IN_PLACE = {"HTTP_X_FRONT_DESK_FRAGMENT": "1"}


def page_url(appointment: AppointmentRequest) -> str:
    return f"/admin/front-desk/requests/{appointment.pk}/"


def step_url(appointment: AppointmentRequest, slug: str) -> str:
    return f"{page_url(appointment)}{slug}/"


def actions_url(appointment: AppointmentRequest) -> str:
    """Where the page's one form posts: the note, with the button pressed."""
    return f"{page_url(appointment)}actions/"


def text_of(soup: BeautifulSoup, selector: str) -> str:
    found = soup.select_one(selector)
    return " ".join(found.get_text(" ").split()) if found else ""


def step_buttons(response) -> dict[str, tuple[str, str]]:
    """The next-step buttons by label, each with what it sends along with the note: ("step", slug) to take the
    step, ("open", slug) to open the step's page."""
    soup = soup_of(response)
    return {
        " ".join(button.get_text().split()): (button["name"], button["value"])
        for button in soup.select(".step-buttons button[form=request-actions]")
    }


def notes_listed(response) -> list[str]:
    return [" ".join(p.get_text(" ").split()) for p in soup_of(response).select(".notes .entries .entry-text")]
