"""Many published articles at once, for `manage.py generate_volume`: text drawn from the demo articles' words."""

import datetime
import random
import re

from django.db import connection
from django.utils import timezone

from blog.models import Author, Post
from blog.rendering import reading_minutes, render_markdown
from blog.search import store_missing_documents

TITLES = ["Understanding", "A guide to", "Living with", "Questions about", "What to expect with", "Notes on"]
CONDITIONS = ["migraine", "depression", "anxiety", "PTSD", "chronic pain", "OCD"]


def add_articles(total: int, seed: int = 11, leave_out: frozenset[str] = frozenset()) -> int:
    """`total` published articles, one every other day back from two days ago, bulk-inserted.

    Each is about one condition, named in its title and a few times in its text, which is otherwise
    drawn from the demo articles' words: all but the conditions and `leave_out` (a search benchmark's
    query words), so that only an article about something mentions it.
    """
    rng = random.Random(seed)
    unwanted = {word.lower() for word in leave_out | set(CONDITIONS)}
    words = [
        w
        for post in Post.objects.only("body")
        for w in re.findall(r"[A-Za-z][a-z]+", post.body)
        if w.lower().rstrip("s") not in unwanted
    ]
    words = words or ["ketamine", "therapy", "care", "clinic", "patients", "treatment", "sessions"]
    author = Author.objects.first() or Author.objects.create(name="Avesta team", is_organisation=True)
    now = timezone.now()
    taken = set(Post.objects.filter(slug__startswith="generated-").values_list("slug", flat=True))
    posts = []
    for number in range(total):
        slug = f"generated-{number}"
        if slug in taken:
            continue
        condition = rng.choice(CONDITIONS)
        body = rng.choices(words, k=rng.randint(400, 1500))
        for _ in range(rng.randint(2, 8)):
            body.insert(rng.randrange(len(body)), condition)
        text = " ".join(body)
        posts.append(
            Post(
                title=f"{rng.choice(TITLES)} {condition}: {' '.join(rng.sample(words, 3))} ({number})",
                slug=slug,
                summary=" ".join(rng.choices(words, k=30))[:300],
                body=text,
                body_html=render_markdown(text),
                reading_minutes=reading_minutes(text),
                status=Post.Status.PUBLISHED,
                published_at=now - datetime.timedelta(days=2 + number * 2),
                author=author,
            )
        )
    Post.objects.bulk_create(posts, batch_size=200)
    if connection.vendor == "postgresql":
        store_missing_documents()  # what save() would have written there
    return len(posts)
