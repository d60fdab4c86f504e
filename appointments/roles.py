"""Staff roles: the "Front desk" group and exactly what it may do.

The data migration, the demo login and the tests all build the group from here.
"""

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
    ("pages", "view_location"),
]


def set_up_front_desk(group_model: type[Group] = Group, permission_model: type[Permission] = Permission) -> Group:
    """Create the group (or reset its permissions); models are passed in from a migration's app registry."""
    group, _ = group_model.objects.get_or_create(name=FRONT_DESK_GROUP)
    group.permissions.set(
        permission_model.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in FRONT_DESK_PERMISSIONS
    )
    return group
