"""The "Front desk" group: exactly what triage needs, nothing to delete, no articles."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

FRONT_DESK = "Front desk"
FRONT_DESK_PERMISSIONS = [
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
    # Permissions are normally created after all migrations; this group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=FRONT_DESK)
    group.permissions.set(
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in FRONT_DESK_PERMISSIONS
    )


def remove_front_desk_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=FRONT_DESK).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0001_initial"),
        ("pages", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_front_desk_group, remove_front_desk_group)]
