"""Settings for the test suite: production's, with the few values a fresh clone lacks.

Bare `pytest` reads these (see pyproject.toml), so no variable needs to be set first.
`setdefault` lets the environment still win, e.g. CI's DATABASE_URL for PostgreSQL.
DEBUG stays off, as in production.
"""

import os

os.environ.setdefault("SECRET_KEY", "insecure-test-only-key")
os.environ.setdefault("DEBUG", "false")
# The test client speaks plain HTTP; production's redirect to HTTPS would answer every request with a 301.
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from avesta.settings import *  # noqa: F403

# A test database of this run's own on a shared server: two runs at once (a developer's and CI's, or
# two checkouts) would otherwise create, migrate and drop the same "test_<name>" under each other.
if DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": f"test_{DATABASES['default']['NAME']}_{os.getpid()}"}  # noqa: F405

# Texts go to appointments.sms.outbox, as pytest-django sends mail to django.core.mail.outbox.
SMS_BACKEND = "appointments.sms.locmem.LocmemSmsSender"
SMS_OPTIONS = {}
