from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from blog.models import DEFAULT_SHARE_PICTURE_ALT
from page_cache.generation import fragment_generation

from . import promises
from .models import Location, Page

# The staff-edited block shown under every article about a condition (templates/blog/post_detail.html).
SUITABILITY_PAGE_SLUG = "is-ketamine-right-for-me"
# CONDITIONS is fixed in code: worded once, not on every request.
CONDITIONS_IN_WORDS = promises.conditions_in_words()


def _locations() -> list[Location]:
    return list(Location.objects.prefetch_related("opening_hours"))  # hours in Meta order: weekday, opens


def clinic(request: HttpRequest) -> dict:
    """Clinic facts for every template: the one place phone numbers and addresses come from.

    Lazy, so a response that never renders them (a redirect, a feed) runs no query.
    """
    locations = SimpleLazyObject(_locations)
    return {
        "site_name": settings.SITE_NAME,
        "site_url": settings.SITE_URL,
        "canonical_url": settings.SITE_URL + request.path + _page_suffix(request),
        "locations": locations,
        "main_location": SimpleLazyObject(lambda: locations[0] if locations else None),
        "og_default_alt": DEFAULT_SHARE_PICTURE_ALT,
        # “migraine, depression, … and chronic pain”: a template's list of what we treat, from CONDITIONS.
        "conditions_in_words": CONDITIONS_IN_WORDS,
        # Given here, not by the blog, which knows nothing of pages (DESIGN.md): None until staff write it.
        "ketamine_suitability": SimpleLazyObject(lambda: Page.objects.filter(slug=SUITABILITY_PAGE_SLUG).first()),
        # In the keys of cached fragments ({% cache %}): a content save makes them all stale at once.
        # The page cache's generation: cached fragments (header, footer, an article) put it in their keys.
        "content_generation": SimpleLazyObject(fragment_generation),
    }


def _page_suffix(request: HttpRequest) -> str:
    """Page 2 of a list is its own page; other query strings (tracking, typos) are not."""
    page = request.GET.get("page", "")
    return f"?page={page}" if page.isdigit() and page != "1" else ""
