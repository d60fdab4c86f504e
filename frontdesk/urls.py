from django.urls import path

from .views import dashboard, inbox, request_page

app_name = "frontdesk"
urlpatterns = [
    # The dashboard and the inbox.
    path("", dashboard.dashboard, name="dashboard"),
    path("requests/", inbox.inbox, name="inbox"),
    path("requests/<int:pk>/outcome/", inbox.log_outcome, name="log-outcome"),
    # A request's page and its next steps.
    path("requests/<int:pk>/", request_page.request_page, name="request"),
    path("requests/<int:pk>/actions/", request_page.request_actions, name="request-actions"),  # before <slug>
    path("requests/<int:pk>/<slug:step>/", request_page.next_step, name="next-step"),
]
