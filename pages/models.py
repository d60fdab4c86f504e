import datetime

from django.db import models
from django.urls import reverse
from phonenumber_field.modelfields import PhoneNumberField

from blog.rendering import render_markdown


class Page(models.Model):
    """A staff-editable page such as About, FAQ or the privacy policy."""

    title = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True, help_text="The page's address, e.g. “about”.")
    summary = models.CharField(max_length=300, blank=True, help_text="Shown to search engines.")
    body = models.TextField(help_text="Markdown.")
    body_html = models.TextField(editable=False, default="")
    version = models.CharField(
        max_length=40, blank=True, help_text="For policies: the version patients agree to, e.g. 2026-11-01."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.body_html = render_markdown(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("pages:page", kwargs={"slug": self.slug})


class Location(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True)
    street_address = models.CharField(max_length=200)
    city = models.CharField(max_length=100)
    region = models.CharField("state", max_length=50)
    postal_code = models.CharField(max_length=20)
    phone = PhoneNumberField(help_text="For calls.")
    sms_number = PhoneNumberField("SMS number", help_text="For the “Text Us” link.")
    email = models.EmailField()
    display_order = models.PositiveSmallIntegerField(default=0, help_text="Lowest first; the first is the main clinic.")

    class Meta:
        ordering = ["display_order", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def one_line_address(self) -> str:
        return f"{self.street_address}, {self.city}, {self.region} {self.postal_code}"

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
        return f"{_clock(self.opens)} to {_clock(self.closes)}"


def _clock(time: datetime.time) -> str:
    """9:00 → “9 am”, 17:30 → “5:30 pm”: how a receptionist would say it."""
    hour = time.hour % 12 or 12
    minutes = f":{time.minute:02d}" if time.minute else ""
    return f"{hour}{minutes} {'am' if time.hour < 12 else 'pm'}"
