import django.contrib.postgres.search
from django.contrib.postgres.operations import TrigramExtension
from django.contrib.postgres.search import SearchVector
from django.db import migrations


def store_search_documents(apps, schema_editor):
    """The articles saved before this migration get the document save() now writes (blog/search.py)."""
    if schema_editor.connection.vendor != "postgresql":
        return
    Post = apps.get_model("blog", "Post")
    Post.objects.update(
        search_document=SearchVector("title", weight="A", config="english")
        + SearchVector("summary", weight="B", config="english")
        + SearchVector("body", weight="C", config="english")
    )


class Migration(migrations.Migration):
    """Search: pg_trgm, so that a misspelling is forgiven, and each article's stored words; SQLite gets an empty column."""

    dependencies = [
        ("blog", "0004_review_references_sections"),
    ]

    operations = [
        TrigramExtension(),
        migrations.AddField(
            model_name="post",
            name="search_document",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(store_search_documents, migrations.RunPython.noop),
    ]
