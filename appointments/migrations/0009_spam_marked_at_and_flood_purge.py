"""Spam's retention runs from when it was marked spam; purge receipts count held requests never released."""

from django.apps.registry import Apps
from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.models import F


def date_existing_spam(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    # When spam was marked was not recorded until now; its last change is the best guess (marking it was one).
    AppointmentRequest = apps.get_model("appointments", "AppointmentRequest")
    AppointmentRequest.objects.filter(status="spam", marked_spam_at__isnull=True).update(marked_spam_at=F("updated_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0008_escalated_call_outcome"),
    ]

    operations = [
        migrations.AddField(
            model_name="appointmentrequest",
            name="marked_spam_at",
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name="marked spam"),
        ),
        migrations.AddField(
            model_name="purgereceipt",
            name="flood_purged",
            field=models.PositiveIntegerField(default=0, verbose_name="held as a flood, never released"),
        ),
        migrations.RunPython(date_existing_spam, migrations.RunPython.noop),
    ]
