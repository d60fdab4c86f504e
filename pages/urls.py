from django.urls import path

from page_cache.decorators import cached_page

from . import views

app_name = "pages"
urlpatterns = [
    path("", cached_page(views.HomeView.as_view()), name="home"),
    path("contact/", cached_page(views.ContactView.as_view()), name="contact"),
    path("about/", cached_page(views.AboutView.as_view()), name="about"),
    # Last: staff-editable pages live at the top level (/about/, /faq/ ...).
    path("<slug:slug>/", cached_page(views.PageView.as_view()), name="page"),
]
