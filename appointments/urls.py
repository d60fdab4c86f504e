from django.urls import path

from . import views

app_name = "appointments"
urlpatterns = [
    path("", views.request_appointment, name="request"),
    path("thank-you/", views.thank_you, name="thank-you"),
]
