from django.apps import AppConfig


class AppointmentsConfig(AppConfig):
    name = "appointments"
    verbose_name = "Triage"

    def ready(self) -> None:
        from . import checks  # noqa: F401 - registers the deployment checks
