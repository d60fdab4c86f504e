"""Staff roles: the "Front desk" group and exactly what it may do.

The data migration, the demo login and the tests all build the group from here.
"""

from django.apps.registry import Apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

FRONT_DESK_GROUP = "Front desk"
# Triage only: nothing to delete, no articles or pages, locations read-only.
FRONT_DESK_PERMISSIONS = [
    ("appointments", "view_appointmentrequest"),
    ("appointments", "change_appointmentrequest"),
    ("appointments", "export_appointmentrequest"),
    ("appointments", "view_note"),
    ("appointments", "add_note"),
    ("appointments", "view_notification"),
    ("appointments", "view_auditevent"),
    ("appointments", "view_contactattempt"),
    ("appointments", "view_replytemplate"),
    ("appointments", "add_replytemplate"),
    ("appointments", "change_replytemplate"),
    ("pages", "view_location"),
]


def set_up_front_desk(
    group_model: type[Group] = Group,
    permission_model: type[Permission] = Permission,
    permissions: list[tuple[str, str]] = FRONT_DESK_PERMISSIONS,
) -> Group:
    """Create the group (or reset its permissions); a migration passes its app registry's models and,
    when it precedes some of the models, the permissions of its own time."""
    group, _ = group_model.objects.get_or_create(name=FRONT_DESK_GROUP)
    group.permissions.set(
        permission_model.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in permissions
    )
    return group


def create_permissions_now(apps: Apps) -> None:
    """For a data migration: permissions are normally created after all migrations; the group needs them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True  # type: ignore[assignment]  # create_permissions skips apps without
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
