from django.apps import AppConfig


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = "Articles"

    def ready(self) -> None:
        # The page cache sits below this app and imports none of its models: it is told what to watch.
        from page_cache.generation import ends_by_itself
        from page_cache.invalidation import watch

        from .models import Author, Post, Reference, Topic

        watch(Post, Topic, Author, Reference)
        ends_by_itself(Post.objects.next_going_live)
