import django.core.validators
import django.db.models.deletion
from django.db import migrations, models
from django.utils.text import slugify


def give_authors_slugs(apps, schema_editor):
    Author = apps.get_model("blog", "Author")
    taken: set[str] = set()
    for author in Author.objects.order_by("pk"):
        base = slugify(author.name.removeprefix("Dr. ")) or f"author-{author.pk}"
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        author.slug = slug
        author.save(update_fields=["slug"])


def move_references_and_render_sections(apps, schema_editor):
    """Each line of the old Markdown references becomes a numbered reference; articles get their sections."""
    from blog.rendering import render_article

    Post = apps.get_model("blog", "Post")
    Reference = apps.get_model("blog", "Reference")
    for post in Post.objects.all():
        lines = [line.lstrip("0123456789.-*) ").strip() for line in post.references.splitlines()]
        for number, line in enumerate((line for line in lines if line), start=1):
            Reference.objects.create(post=post, number=number, authors="", title=line[:300], source="", year=2000)
        post.body_html, post.sections = render_article(post.body)
        post.save(update_fields=["body_html", "sections"])


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0003_team_and_featured"),
    ]

    operations = [
        migrations.AddField(
            model_name="author",
            name="slug",
            # No index yet: the unique constraint below makes the one it needs (on PostgreSQL, adding it
            # over an existing index would create the "_like" index twice).
            field=models.SlugField(max_length=120, null=True, db_index=False),
        ),
        migrations.RunPython(give_authors_slugs, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="author",
            name="slug",
            field=models.SlugField(
                blank=True,
                help_text="The address of their page; empty: made from the name.",
                max_length=120,
                unique=True,
            ),
        ),
        migrations.AddField(
            model_name="author",
            name="is_organisation",
            field=models.BooleanField(
                default=False,
                help_text="E.g. “Avesta Clinical Team”; search engines are told so.",
                verbose_name="a team, not a person",
            ),
        ),
        migrations.AddField(
            model_name="post",
            name="sections",
            field=models.JSONField(default=list, editable=False),
        ),
        migrations.AlterField(
            model_name="post",
            name="last_reviewed",
            field=models.DateField(
                blank=True,
                help_text="When the medical reviewer last checked the article; due again a year later.",
                null=True,
            ),
        ),
        migrations.AlterModelOptions(
            name="post",
            options={"get_latest_by": "published_at", "ordering": ["-published_at"], "verbose_name": "article"},
        ),
        migrations.CreateModel(
            name="Reference",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "number",
                    models.PositiveSmallIntegerField(
                        help_text="Cited in the text as [1], [2]…",
                        validators=[django.core.validators.MinValueValidator(1)],
                    ),
                ),
                ("authors", models.CharField(help_text="e.g. “Bilhimer MH, Groth ME, Holmes AK”.", max_length=300)),
                ("title", models.CharField(max_length=300)),
                ("source", models.CharField(max_length=200, verbose_name="journal or publisher")),
                (
                    "year",
                    models.PositiveSmallIntegerField(
                        validators=[
                            django.core.validators.MinValueValidator(1800),
                            django.core.validators.MaxValueValidator(2100),
                        ]
                    ),
                ),
                (
                    "doi",
                    models.CharField(
                        blank=True,
                        help_text="e.g. 10.1186/s10194-016-0700-3 (without https://doi.org/).",
                        max_length=200,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^10\\.\\d{4,9}/\\S+$",
                                "A DOI looks like 10.1186/s10194-016-0700-3.",
                            )
                        ],
                        verbose_name="DOI",
                    ),
                ),
                (
                    "url",
                    models.URLField(blank=True, help_text="When the source has no DOI.", verbose_name="web address"),
                ),
                (
                    "post",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="sources", to="blog.post"
                    ),
                ),
            ],
            options={
                "ordering": ["post", "number"],
                "constraints": [models.UniqueConstraint(fields=("post", "number"), name="one_reference_per_number")],
            },
        ),
        migrations.RunPython(move_references_and_render_sections, migrations.RunPython.noop),
        migrations.RemoveField(model_name="post", name="references"),
        migrations.RemoveField(model_name="post", name="references_html"),
    ]
