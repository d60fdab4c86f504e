"""What the Front desk role may do in the admin, and that production's database has the role."""

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


def test_the_migration_gives_front_desk_exactly_the_triage_permissions():
    # The group as the data migration made it (the front_desk fixture rebuilds it for transactional tests).
    group = Group.objects.get(name="Front desk")

    assert sorted(group.permissions.values_list("content_type__app_label", "codename")) == [
        ("appointments", "add_note"),
        ("appointments", "change_appointmentrequest"),
        ("appointments", "export_appointmentrequest"),
        ("appointments", "view_appointmentrequest"),
        ("appointments", "view_auditevent"),
        ("appointments", "view_note"),
        ("appointments", "view_notification"),
        ("pages", "view_location"),
    ]
