"""schema.org data about the clinic's locations and the FAQ, for search engines (JSON-LD)."""

import re
from typing import Any

from django.conf import settings

from blog.rendering import render_markdown

from .models import Location, OpeningHours, Page

SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# A question in the FAQ's Markdown: a heading line ("### Do I need a referral?").
QUESTION = re.compile(r"^#{2,4}\s+(.+?)\s*#*\s*$", re.MULTILINE)


def clinics(locations: list[Location]) -> list[dict[str, Any]]:
    """Each location as a MedicalClinic with its address, phone and weekly opening hours."""
    return [clinic(location) for location in locations]


def clinic(location: Location) -> dict[str, Any]:
    hours: list[OpeningHours] = list(location.opening_hours.all())
    return {
        "@context": "https://schema.org",
        "@type": "MedicalClinic",
        "name": location.name,
        "url": settings.SITE_URL + "/",
        "telephone": location.phone.as_e164,
        "email": location.email,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": location.street_address,
            "addressLocality": location.city,
            "addressRegion": location.region,
            "postalCode": location.postal_code,
            "addressCountry": settings.PHONENUMBER_DEFAULT_REGION,
        },
        "openingHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": SCHEMA_DAYS[span.weekday],
                "opens": f"{span.opens:%H:%M}",
                "closes": f"{span.closes:%H:%M}",
            }
            for span in hours
        ],
        "medicalSpecialty": "Anesthesia",
    }


def faq(page: Page) -> dict[str, Any] | None:
    """The page as an FAQPage when it is written as questions under headings with answers below them."""
    parts = QUESTION.split(page.body)
    pairs = [(parts[i].strip(), parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2)]
    questions = [(question, answer) for question, answer in pairs if question.endswith("?") and answer]
    if not questions:
        return None
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": question,
                "acceptedAnswer": {"@type": "Answer", "text": render_markdown(answer)},
            }
            for question, answer in questions
        ],
    }
