from django import template

from blog.templatetags.blog_tags import json_ld

from .. import structured_data
from ..models import Location, Page

register = template.Library()


@register.simple_tag
def clinics_json_ld(locations: list[Location]) -> str:
    return json_ld(structured_data.clinics(list(locations)))


@register.simple_tag
def faq_json_ld(page: Page) -> str:
    data = structured_data.faq(page)
    return json_ld(data) if data else ""
