"""The unbound appointment form's markup, rendered by crispy-forms once per process and reused.

crispy-forms renders about 170 templates for this form, the same every time for a fresh form, except for
its per-visit values: the one-time token, the signed start stamp, the page the patient came from, and a
preselected condition. So the layout is rendered once with placeholders (per preselected condition and
content generation, since locations are choices), and each request puts its own values in. A bound form
(errors, a refusal) renders normally. tests/appointments/test_form_rendering.py checks that both give the
same markup.
"""

import uuid

from crispy_forms.utils import render_crispy_form
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from page_cache.generation import fragment_generation

from .forms import AppointmentRequestForm

# Values that cannot occur in the form's own markup, replaced per request.
TOKEN_PLACEHOLDER = uuid.UUID("0badf00d-0000-4000-8000-00000000c0de")
STAMP_PLACEHOLDER = "form-started-placeholder-7c1e"
SOURCE_PLACEHOLDER = "/source-path-placeholder-7c1e/"
PER_VISIT = ("submission_token", "form_started", "source_path")

_rendered: dict[tuple[str, object, object], str] = {}


def unbound_form_html(form: AppointmentRequestForm) -> SafeString:
    """The crispy markup of a fresh (unbound) form, as `{% crispy form %}` would render it."""
    initial = form.initial
    generation = fragment_generation()
    key = (generation, initial.get("service"), initial.get("location"))
    layout = _rendered.get(key)
    if layout is None:
        if any(cached_generation != generation for cached_generation, _, _ in _rendered):
            _rendered.clear()  # content changed (a location): the older layouts are never asked for again
        placeholders = {"submission_token": TOKEN_PLACEHOLDER, "form_started": STAMP_PLACEHOLDER}
        placeholders["source_path"] = SOURCE_PLACEHOLDER
        template_form = AppointmentRequestForm(initial={**initial, **placeholders})
        layout = _rendered[key] = str(render_crispy_form(template_form, template_form.helper))
    html = (
        layout.replace(str(TOKEN_PLACEHOLDER), escape(str(initial["submission_token"])))
        .replace(STAMP_PLACEHOLDER, escape(initial["form_started"]))
        .replace(SOURCE_PLACEHOLDER, escape(initial.get("source_path", "")))
    )
    return mark_safe(html)  # crispy's own escaped markup, with escaped values put in
