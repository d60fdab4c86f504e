from django.views.generic import DetailView, TemplateView

from blog.models import Post

from .conditions import CONDITIONS
from .models import Page

HOME_POSTS_COUNT = 3


class HomeView(TemplateView):
    template_name = "pages/home.html"

    def get_context_data(self, **kwargs):
        posts = Post.objects.published().for_listing()[:HOME_POSTS_COUNT]
        return super().get_context_data(conditions=CONDITIONS, posts=posts, **kwargs)


class ContactView(TemplateView):
    template_name = "pages/contact.html"


class PageView(DetailView):
    model = Page
