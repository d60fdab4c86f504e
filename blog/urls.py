from django.urls import path

from . import views
from .readership import counting_readings

app_name = "blog"
urlpatterns = [
    path("", views.PostListView.as_view(), name="list"),
    path("topics/<slug:slug>/", views.TopicView.as_view(), name="topic"),
    path("authors/<slug:slug>/", views.AuthorView.as_view(), name="author"),
    path("<slug:slug>/", counting_readings(views.PostDetailView.as_view()), name="post"),
]
