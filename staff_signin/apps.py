from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class StaffAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin, with an admin site that asks for the second factor."""

    default = False
    default_site = "staff_signin.admin_site.StaffAdminSite"


class StaffSigninConfig(AppConfig):
    default = True
    name = "staff_signin"
    verbose_name = "Staff sign-in"

    def ready(self) -> None:
        from . import checks, sessions  # noqa: F401 - registers the deploy check and the login receiver
