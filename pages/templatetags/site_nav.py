from django import template
from django.http import HttpRequest
from django.urls import reverse

register = template.Library()

# The header's links, in order: (label, URL name, URL arguments).
NAV_LINKS = [
    ("Articles", "blog:list", ()),
    ("Conditions", "pages:page", ("conditions",)),
    ("FAQ", "pages:page", ("faq",)),
    ("About", "pages:about", ()),
    ("Contact", "pages:contact", ()),
]


@register.inclusion_tag("includes/site_nav.html")
def site_nav(request: HttpRequest) -> dict:
    """The main navigation, the current page's link marked as such."""
    links = [(label, reverse(name, args=args)) for label, name, args in NAV_LINKS]
    return {"links": [(label, url, url == request.path) for label, url in links]}
