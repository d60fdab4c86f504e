"""The conditions the clinic treats: the one list that the home page, the blog's demo topics
and the appointment form's services are all built from.

A condition's slug is both its blog topic's slug and the form's service value, so that an
article's "Request An Appointment Today!" link (`?service=<topic slug>`) preselects it.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Condition:
    slug: str
    name: str
    blurb: str  # on the home page
    topic_description: str  # the blog topic's description in the demo content


CONDITIONS = [
    Condition(
        "migraine",
        "Migraine",
        "For frequent, hard-to-treat migraine when other treatments have not helped.",
        "Ketamine therapy for frequent or hard-to-treat migraine.",
    ),
    Condition(
        "depression",
        "Depression",
        "For depression that has not responded to two or more antidepressants.",
        "Ketamine for depression that has not responded to other treatments.",
    ),
    Condition(
        "anxiety",
        "Anxiety",
        "For persistent anxiety, alongside your therapy and usual care.",
        "Ketamine therapy as part of care for persistent anxiety.",
    ),
    Condition(
        "ptsd",
        "PTSD",
        "For post-traumatic stress, as part of a wider treatment plan.",
        "Ketamine therapy as part of a wider plan for post-traumatic stress.",
    ),
    Condition(
        "ocd",
        "OCD",
        "For obsessive-compulsive disorder that persists despite standard treatment.",
        "Ketamine therapy alongside standard care for obsessive-compulsive disorder.",
    ),
    Condition(
        "chronic-pain",
        "Chronic pain",
        "For long-lasting pain conditions, coordinated with your doctors.",
        "Ketamine for long-lasting pain conditions.",
    ),
]
