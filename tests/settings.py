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
