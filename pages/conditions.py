"""The conditions the clinic treats, as the home page presents them."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Condition:
    name: str
    blurb: str
    topic_slug: str


CONDITIONS = [
    Condition("Migraine", "For frequent, hard-to-treat migraine when other treatments have not helped.", "migraine"),
    Condition("Depression", "For depression that has not responded to two or more antidepressants.", "depression"),
    Condition("Anxiety", "For persistent anxiety, alongside your therapy and usual care.", "anxiety"),
    Condition("PTSD", "For post-traumatic stress, as part of a wider treatment plan.", "ptsd"),
    Condition("Chronic pain", "For long-lasting pain conditions, coordinated with your doctors.", "chronic-pain"),
]
