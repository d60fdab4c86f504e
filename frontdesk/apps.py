from django.apps import AppConfig


class FrontDeskConfig(AppConfig):
    name = "frontdesk"
    verbose_name = "Front desk"
