from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps


def keep_one_featured(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    """Before the constraint: of several featured articles, the newest keeps the place (the one the article list
    and the home page already showed first)."""
    post = apps.get_model("blog", "Post")
    featured = post.objects.filter(featured=True).order_by("-published_at", "-pk")
    newest = featured.first()
    if newest is not None:
        featured.exclude(pk=newest.pk).update(featured=False)


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0006_hero_renditions"),
    ]

    operations = [
        migrations.RunPython(keep_one_featured, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="post",
            constraint=models.UniqueConstraint(
                condition=models.Q(("featured", True)), fields=("featured",), name="one_featured_article"
            ),
        ),
    ]
