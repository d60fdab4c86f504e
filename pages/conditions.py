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
    picture_alt: str  # what static/img/conditions/<slug>.svg shows

    @property
    def picture(self) -> str:
        return f"img/conditions/{self.slug}.svg"


CONDITIONS = [
    Condition(
        "migraine",
        "Migraine",
        "For frequent, hard-to-treat migraine when other treatments have not helped.",
        "Ketamine therapy for frequent or hard-to-treat migraine.",
        (
            "Illustration of a person resting on a sofa under a blanket with their eyes closed, a hanging lamp "
            "giving only a soft, dimmed light."
        ),
    ),
    Condition(
        "depression",
        "Depression",
        "For depression that has not responded to two or more antidepressants.",
        "Ketamine for depression that has not responded to other treatments.",
        (
            "Illustration of a small figure walking along a path over green hills toward a warm sun breaking "
            "out from behind a cloud."
        ),
    ),
    Condition(
        "anxiety",
        "Anxiety",
        "For persistent anxiety, alongside your therapy and usual care.",
        "Ketamine therapy as part of care for persistent anxiety.",
        (
            "Illustration of a woman sitting cross-legged with her eyes closed, breathing slowly, surrounded "
            "by soft rings and gentle waves."
        ),
    ),
    Condition(
        "ptsd",
        "PTSD",
        "For post-traumatic stress, as part of a wider treatment plan.",
        "Ketamine therapy as part of a wider plan for post-traumatic stress.",
        (
            "Illustration of a person sitting peacefully with their eyes closed, sheltered beneath the wide, "
            "rounded canopy of a tree."
        ),
    ),
    Condition(
        "ocd",
        "OCD",
        "For obsessive-compulsive disorder that persists despite standard treatment.",
        "Ketamine therapy alongside standard care for obsessive-compulsive disorder.",
        (
            "Illustration of a tidy grid of squares loosening into scattered rounded shapes and an open dotted "
            "path, where a small figure walks."
        ),
    ),
    Condition(
        "chronic-pain",
        "Chronic pain",
        "For long-lasting pain conditions, coordinated with your doctors.",
        "Ketamine for long-lasting pain conditions.",
        "Illustration of a person stretching both arms overhead, with a warm glow easing at one shoulder.",
    ),
]
