import datetime
import json
from typing import Any
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.safestring import SafeString
from phonenumber_field.modelfields import PhoneNumberField

from blog.rendering import render_markdown

from . import promises


def split_email_list(text: str) -> list[str]:
    return [line.strip() for line in text.replace(",", "\n").splitlines() if line.strip()]


def validate_email_list(text: str) -> None:
    for address in split_email_list(text):
        try:
            validate_email(address)
        except ValidationError as error:
            raise ValidationError(f"“{address}” is not an email address.") from error


class PageQuerySet(models.QuerySet["Page"]):
    def privacy_notice_version(self) -> str:
        """The version of the privacy notice patients are shown when they give consent."""
        notice = self.filter(slug=PRIVACY_NOTICE_SLUG).only("version", "updated_at").first()
        if notice is None:
            return "none published"
        return notice.version or f"updated {notice.updated_at:%Y-%m-%d}"


PRIVACY_NOTICE_SLUG = "privacy"


class Page(models.Model):
    """A staff-editable page such as About, FAQ or the privacy policy."""

    title = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True, help_text="The page's address, e.g. “about”.")
    summary = models.CharField(max_length=300, blank=True, help_text="Shown to search engines.")
    body = models.TextField(validators=[promises.validate_placeholders], help_text=promises.HELP_TEXT)
    body_html = models.TextField(editable=False, default="")
    version = models.CharField(
        max_length=40, blank=True, help_text="For policies: the version patients agree to, e.g. 2026-11-01."
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.body_html = render_markdown(promises.protect(self.body))
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("pages:page", kwargs={"slug": self.slug})

    @property
    def html(self) -> SafeString:
        """The body as patients see it: its placeholders filled with today's promises (pages/promises.py)."""
        return promises.fill(self.body_html)


# The federal holidays most private clinics close on (the `holidays` package's names); a new location
# starts with these, and staff tick others (Juneteenth, Veterans Day...) where their clinic closes too.
COMMONLY_OBSERVED_HOLIDAYS = (
    "New Year's Day",
    "Memorial Day",
    "Independence Day",
    "Labor Day",
    "Thanksgiving Day",
    "Christmas Day",
)
# How far ahead patients are told of closures (the contact page, the form's aside, the “open now” line).
CLOSURES_SHOWN_DAYS = 60


def commonly_observed_holidays() -> list[str]:
    return list(COMMONLY_OBSERVED_HOLIDAYS)


class Location(models.Model):
    name = models.CharField(max_length=120)
    short_name = models.CharField(
        max_length=30, blank=True, help_text="For staff lists, e.g. “Phoenix”. Empty: the city."
    )
    slug = models.SlugField(max_length=80, unique=True)
    street_address = models.CharField(max_length=200)
    city = models.CharField(max_length=100)
    region = models.CharField("state", max_length=50)
    postal_code = models.CharField(max_length=20)
    phone = PhoneNumberField(help_text="For calls.")
    sms_number = PhoneNumberField("SMS number", help_text="For the “Text Us” link.")
    email = models.EmailField()
    appointment_recipients = models.TextField(
        blank=True,
        validators=[validate_email_list],
        help_text="Staff emails told about new appointment requests for this location, one per line. "
        "Empty: the location's email.",
    )
    display_order = models.PositiveSmallIntegerField(default=0, help_text="Lowest first; the first is the main clinic.")
    directions = models.TextField(
        blank=True, help_text="How to find the entrance, e.g. “Second floor, lift by the pharmacy.” Shown on Contact."
    )
    parking = models.TextField(blank=True, help_text="Where patients can park, and whether it is free.")
    closed_on_holidays = models.JSONField(
        "closed on these public holidays",
        default=commonly_observed_holidays,
        blank=True,
        help_text="The public holidays this location closes on, by their names in the holidays package.",
    )

    class Meta:
        ordering = ["display_order", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def short_label(self) -> str:
        return self.short_name or self.city

    @property
    def one_line_address(self) -> str:
        return f"{self.street_address}, {self.city}, {self.region} {self.postal_code}"

    @property
    def maps_url(self) -> str:
        """A link that opens the address in the visitor's maps app (no map is embedded in our pages)."""
        return "https://www.google.com/maps/search/?" + urlencode({"api": 1, "query": self.one_line_address})

    def opening_hours_json(self, closed_days_ahead: int = CLOSURES_SHOWN_DAYS) -> str:
        """The weekly hours and the coming closed days, for the page's “open now” line (static/js/open-now.js).

        The browser works out “open now” from these, so that the page itself stays the same all day.
        """
        weekly: dict[int, list[list[str]]] = {}
        for hours in self.opening_hours.all():
            weekly.setdefault(hours.weekday, []).append([f"{hours.opens:%H:%M}", f"{hours.closes:%H:%M}"])
        closed = self.coming_closed_days(closed_days_ahead)
        return json.dumps({"weekly": weekly, "closed": [f"{closure.date:%Y-%m-%d}" for closure in closed]})

    def coming_closed_days(self, days: int = CLOSURES_SHOWN_DAYS) -> list["ClosedDay"]:
        """The closed days from today until `days` ahead, today's included."""
        today = timezone.localdate()
        return list(self.closed_days.filter(date__range=(today, today + datetime.timedelta(days=days))))

    @cached_property
    def upcoming_closures(self) -> list[str]:
        """The coming closed days as patients read them, a sentence per group of near dates:
        “Closed Thursday, December 24 and Friday, December 25 (Christmas Eve and Christmas Day)”."""
        from .closures import closure_sentences  # here: pages/closures.py imports this module

        return closure_sentences(self.coming_closed_days())

    def closed_weekdays(self) -> set[int]:
        """The days of the week the weekly hours close; while no hours are entered, Saturday and Sunday."""
        open_days = {hours.weekday for hours in self.opening_hours.all()} if self.pk else set()
        return set(OpeningHours.Weekday.values) - (open_days or set(range(OpeningHours.Weekday.SATURDAY)))

    @property
    def appointment_recipient_list(self) -> list[str]:
        return split_email_list(self.appointment_recipients) or [self.email]

    @property
    def weekly_hours(self) -> list[tuple[str, str]]:
        """(day, hours) for every day of the week, “Closed” where there are none."""
        by_day: dict[int, list[str]] = {}
        for hours in self.opening_hours.all():
            by_day.setdefault(hours.weekday, []).append(hours.span)
        return [(day.label, ", ".join(by_day.get(day.value, [])) or "Closed") for day in OpeningHours.Weekday]


class OpeningHours(models.Model):
    class Weekday(models.IntegerChoices):
        MONDAY = 0, "Monday"
        TUESDAY = 1, "Tuesday"
        WEDNESDAY = 2, "Wednesday"
        THURSDAY = 3, "Thursday"
        FRIDAY = 4, "Friday"
        SATURDAY = 5, "Saturday"
        SUNDAY = 6, "Sunday"

    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(choices=Weekday)
    opens = models.TimeField()
    closes = models.TimeField()

    class Meta:
        ordering = ["location", "weekday", "opens"]
        verbose_name_plural = "opening hours"
        constraints = [
            models.CheckConstraint(condition=models.Q(closes__gt=models.F("opens")), name="hours_close_after_open"),
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.span}"

    @property
    def span(self) -> str:
        return f"{spoken_time(self.opens)} to {spoken_time(self.closes)}"


class ClosedDay(models.Model):
    """A date a location is closed although its weekly hours say open: a public holiday or the clinic's own.

    The reply promise and the waiting clock skip these days (appointments/response_clock.py).
    """

    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="closed_days")
    date = models.DateField()
    reason = models.CharField(max_length=120, help_text="Shown to patients, e.g. Thanksgiving Day, staff training.")

    class Meta:
        ordering = ["location", "date"]
        verbose_name = "closed day"
        constraints = [models.UniqueConstraint(fields=["location", "date"], name="one_closure_per_location_day")]

    def __str__(self) -> str:
        return f"{self.location} closed on {self.date:%A, %B} {self.date.day}, {self.date.year}: {self.reason}"

    def clean(self) -> None:
        # A closure on a day the clinic is shut anyway would tell patients nothing and could hide a typo'd date.
        day: datetime.date | None = self.date  # None when the date typed was not one
        location = getattr(self, "location", None)  # None until the inline's location is chosen
        if day is not None and location is not None and day.weekday() in location.closed_weekdays():
            raise ValidationError(
                {
                    "date": f"{day:%A}s are closed anyway by the weekly opening hours: "
                    "add only days the clinic would otherwise be open."
                }
            )


def spoken_time(time: datetime.time | datetime.datetime) -> str:
    """9:00 → “9 am”, 17:30 → “5:30 pm”: how a receptionist would say it."""
    hour = time.hour % 12 or 12
    minutes = f":{time.minute:02d}" if time.minute else ""
    return f"{hour}{minutes} {'am' if time.hour < 12 else 'pm'}"
