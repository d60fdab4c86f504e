"""The demo staff logins `make run` creates: published with the code, so never acceptable in production."""

DEMO_PASSWORD = "avesta-demo"
DEMO_USERNAMES = ("staff", "frontdesk")
