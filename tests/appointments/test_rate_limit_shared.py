"""The rate limit lives in the shared cache (Redis), not in one server process's memory."""

import pytest
from django.core.cache import caches

from appointments.models import AppointmentRequest

from ..helpers import FORM_URL, fresh_form


@pytest.mark.django_db
def test_limit_holds_for_a_new_server_process(client, form_data, settings, redis_cache):
    settings.APPOINTMENT_RATE_LIMIT = "2/h"

    def submit() -> int:
        form_data.update(fresh_form(form_data))
        return client.post(FORM_URL, form_data).status_code

    assert [submit(), submit()] == [302, 302]
    # A fresh cache client, as in another gunicorn worker: it starts with no memory of its own.
    del caches["default"]

    assert submit() == 429
    assert AppointmentRequest.objects.count() == 2
