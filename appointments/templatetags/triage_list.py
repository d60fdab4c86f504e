from django import template
from django.contrib.admin.templatetags.base import InclusionAdminNode
from django.template.base import Parser, Token

from appointments.admin_date_hierarchy import date_hierarchy_between

register = template.Library()


@register.tag(name="date_hierarchy_between")
def date_hierarchy_between_tag(parser: Parser, token: Token) -> InclusionAdminNode:
    """Django's {% date_hierarchy cl %} with the periods between the first and last match (admin_date_hierarchy.py)."""
    return InclusionAdminNode(
        parser, token, func=date_hierarchy_between, template_name="date_hierarchy.html", takes_context=False
    )
