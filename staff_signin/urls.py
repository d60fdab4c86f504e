from django.urls import path

from . import views

app_name = "staff_signin"

urlpatterns = [
    path("code/", views.code, name="code"),
    path("set-up/", views.enrol, name="enrol"),
    path("enrolment-link/", views.enrolment_link, name="enrolment-link"),
    path("recovery-codes/", views.recovery_codes, name="recovery-codes"),
]
