from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    """pg_trgm, so that search forgives a misspelling (blog/search.py); nothing happens on SQLite."""

    dependencies = [
        ("blog", "0003_team_and_featured"),
    ]

    operations = [TrigramExtension()]
