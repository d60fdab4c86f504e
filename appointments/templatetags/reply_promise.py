from django import template

from appointments import response_clock

register = template.Library()


@register.simple_tag
def reply_target() -> str:
    """“within 4 business hours”: the promise on pages shown before a request exists."""
    return response_clock.target_description()
