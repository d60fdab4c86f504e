"""What the Front desk role may do in the admin, and that production's database has the role."""

import pytest
from django.contrib.auth.models import Group

from appointments.models import AppointmentRequest
from blog.models import Post
from pages.models import Page

from ..helpers import LIST_URL, change_url, page_text, run_action, soup_of

pytestmark = pytest.mark.django_db


def test_the_migration_gives_front_desk_exactly_the_triage_permissions():
    # The group as the data migration made it (the front_desk fixture rebuilds it for transactional tests).
    group = Group.objects.get(name="Front desk")

    assert sorted(group.permissions.values_list("content_type__app_label", "codename")) == [
        ("appointments", "add_note"),
        ("appointments", "add_replytemplate"),
        ("appointments", "change_appointmentrequest"),
        ("appointments", "change_replytemplate"),
        ("appointments", "export_appointmentrequest"),
        ("appointments", "view_appointmentrequest"),
        ("appointments", "view_auditevent"),
        ("appointments", "view_contactattempt"),
        ("appointments", "view_note"),
        ("appointments", "view_notification"),
        ("appointments", "view_replytemplate"),
        ("pages", "view_location"),
    ]


def test_front_desk_cannot_delete_requests(desk_client, make_request):
    appointment = make_request()

    assert desk_client.get(f"{LIST_URL}{appointment.pk}/delete/").status_code == 403
    run_action(desk_client, "delete_selected", appointment)
    assert AppointmentRequest.objects.filter(pk=appointment.pk).exists()


@pytest.mark.parametrize("url", ["/admin/blog/post/", "/admin/blog/post/add/", "/admin/pages/page/add/"])
def test_front_desk_cannot_edit_articles_or_pages(desk_client, url):
    assert desk_client.get(url).status_code == 403


def test_nobody_adds_requests_in_the_admin(admin_client):
    assert admin_client.get(f"{LIST_URL}add/").status_code == 403


def test_anonymous_visitor_sees_no_requests(client, make_request):
    appointment = make_request()

    for url in [LIST_URL, change_url(appointment)]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_superuser_can_delete_a_request(admin_client, make_request):
    appointment = make_request()

    response = admin_client.post(f"{LIST_URL}{appointment.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert not AppointmentRequest.objects.exists()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/blog/post/add/",
        "/admin/blog/post/{post}/change/",
        "/admin/pages/page/add/",
        "/admin/pages/page/{page}/change/",
        "/admin/pages/location/add/",
        "/admin/auth/user/",
        "/admin/auth/user/add/",
        "/admin/auth/group/",
    ],
)
def test_front_desk_cannot_add_or_change_articles_pages_locations_or_users(desk_client, demo_content, url):
    post, page = Post.objects.first(), Page.objects.first()

    assert desk_client.get(url.format(post=post.pk, page=page.pk)).status_code == 403


def test_front_desk_can_look_up_a_location_but_not_change_it(desk_client, location):
    url = f"/admin/pages/location/{location.pk}/change/"

    response = desk_client.get(url)
    desk_client.post(url, {"name": "Renamed by front desk"})

    assert response.status_code == 200
    assert "View location" in page_text(response)
    assert not soup_of(response).select("input[type=submit][name=_save]")
    location.refresh_from_db()
    assert location.name == "Avesta Test Clinic"


def test_front_desk_cannot_change_its_own_permissions(desk_client, front_desk):
    response = desk_client.get(f"/admin/auth/user/{front_desk.pk}/change/")

    assert response.status_code == 403
