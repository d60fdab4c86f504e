from django import template

from blog.templatetags.blog_tags import json_ld

from .. import promises, structured_data
from ..models import Location, Page

register = template.Library()


@register.simple_tag
def clinics_json_ld(locations: list[Location]) -> str:
    return json_ld(structured_data.clinics(list(locations)))


@register.simple_tag
def faq_json_ld(page: Page) -> str:
    # The answers as patients read them, placeholders filled; protected first, as Page.save() does, so that
    # Markdown keeps a placeholder that ends an answer.
    data = structured_data.faq(Page(body=promises.protect(page.body)))
    if not data:
        return ""
    for question in data["mainEntity"]:
        question["name"] = promises.fill(question["name"].replace("\\{", "{").replace("\\}", "}"))
        question["acceptedAnswer"]["text"] = promises.fill(question["acceptedAnswer"]["text"])
    return json_ld(data)
