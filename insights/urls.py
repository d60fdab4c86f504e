from django.urls import path

from . import views

app_name = "insights"
urlpatterns = [
    path("", views.charts_page, name="charts"),
    path("<slug:name>.csv", views.chart_csv, name="csv"),
]
