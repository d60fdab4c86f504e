from django.urls import path

from . import csp_reports

app_name = "incoming"
urlpatterns = [
    path("", csp_reports.csp_report, name="csp-report"),
]
