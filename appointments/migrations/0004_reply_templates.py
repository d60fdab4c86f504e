"""Reply templates to start from (staff edit them in the admin), and the front desk's permissions for them."""

from django.db import migrations

from appointments.contact_log import STARTER_REPLIES, add_starter_replies
from appointments.roles import create_permissions_now, set_up_front_desk


def add_templates(apps, schema_editor):
    add_starter_replies(apps.get_model("appointments", "ReplyTemplate"))
    create_permissions_now(apps)
    set_up_front_desk(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def remove_templates(apps, schema_editor):
    apps.get_model("appointments", "ReplyTemplate").objects.filter(
        # The booking reply was named so when this migration shipped it (0013 renames it).
        name__in=[*(reply.name for reply in STARTER_REPLIES), "Your consultation is booked"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("appointments", "0003_contact_log_and_consultations")]

    operations = [migrations.RunPython(add_templates, remove_templates)]
