"""The "Front desk" group, as appointments/roles.py defines it."""

from django.db import migrations

from appointments.roles import FRONT_DESK_GROUP, create_permissions_now, set_up_front_desk

# The group as it was when this migration was written; 0004 brings it up to date.
PERMISSIONS = [
    ("appointments", "view_appointmentrequest"),
    ("appointments", "change_appointmentrequest"),
    ("appointments", "export_appointmentrequest"),
    ("appointments", "view_note"),
    ("appointments", "add_note"),
    ("appointments", "view_notification"),
    ("appointments", "view_auditevent"),
    ("pages", "view_location"),
]


def create_front_desk_group(apps, schema_editor):
    create_permissions_now(apps)
    set_up_front_desk(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"), PERMISSIONS)


def remove_front_desk_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=FRONT_DESK_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0001_initial"),
        ("pages", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_front_desk_group, remove_front_desk_group)]
