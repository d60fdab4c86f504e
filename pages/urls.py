from django.urls import path

from . import views

app_name = "pages"
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("contact/", views.ContactView.as_view(), name="contact"),
    path("about/", views.AboutView.as_view(), name="about"),
    # Last: staff-editable pages live at the top level (/about/, /faq/ ...).
    path("<slug:slug>/", views.PageView.as_view(), name="page"),
]
