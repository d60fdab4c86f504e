from django.urls import path

from page_cache.decorators import cached_page

from . import views
from .readership import reading_view

app_name = "blog"
urlpatterns = [
    path("", cached_page(views.PostListView.as_view()), name="list"),
    path("topics/<slug:slug>/", cached_page(views.TopicView.as_view()), name="topic"),
    path("authors/<slug:slug>/", cached_page(views.AuthorView.as_view()), name="author"),
    # Counted outside the cache: a reader served from it is a reading too.
    path("<slug:slug>/", cached_page(views.PostDetailView.as_view()), name="post"),
    path("<slug:slug>/read/", reading_view, name="reading"),
]
