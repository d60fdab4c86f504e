"""The "Front desk" group, as appointments/roles.py defines it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from appointments.roles import FRONT_DESK_GROUP, set_up_front_desk


def create_front_desk_group(apps, schema_editor):
    # Permissions are normally created after all migrations; this group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    set_up_front_desk(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


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
