"""'Not a fit' keeps its reason, and what it replaced for 24 hours' undo (appointments/not_a_fit.py)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0010_audit_by_the_retention_job"),
    ]

    operations = [
        migrations.AddField(
            model_name="appointmentrequest",
            name="not_a_fit_at",
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name="marked not a fit"),
        ),
        migrations.AddField(
            model_name="appointmentrequest",
            name="not_a_fit_reason",
            field=models.CharField(blank=True, editable=False, max_length=200, verbose_name="why not a fit"),
        ),
        migrations.AddField(
            model_name="appointmentrequest",
            name="status_before_not_a_fit",
            field=models.CharField(
                blank=True,
                choices=[
                    ("new", "New"),
                    ("contacted", "Contacted"),
                    ("scheduled", "Scheduled"),
                    ("not_a_fit", "Not a fit"),
                    ("closed", "Closed"),
                    ("spam", "Spam"),
                ],
                editable=False,
                max_length=10,
            ),
        ),
    ]
