"""Who may open the front desk's screens, and what every screen shares with the admin's look."""

from collections.abc import Callable
from functools import wraps
from typing import Any, cast

from django.contrib import admin
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from staff_signin.steps import is_local_path

# Whoever may read the requests may use the front desk; nobody else.
PERMISSION = "appointments.view_appointmentrequest"


def front_desk_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Behind the staff sign-in (password and second factor, the admin's login for anyone signed out, no caching);
    403 for staff without the permission to read requests."""

    @wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return admin.site.admin_view(checked)


def acting_user(request: HttpRequest) -> User:
    """The signed-in member of staff: front_desk_view lets no one else in."""
    return cast(User, request.user)


def screen_context(request: HttpRequest, title: str, **context: Any) -> dict[str, Any]:
    """The admin's header, user links and colour theme, for a front-desk page titled `title`."""
    return {**admin.site.each_context(request), "title": title, **context}


# Sent by static/js/frontdesk.js with a form marked `data-in-place`: answer with the updated part of the page,
# not a redirect to a whole one.
FRAGMENT_HEADER = "X-Front-Desk-Fragment"


def wants_fragment(request: HttpRequest) -> bool:
    return request.headers.get(FRAGMENT_HEADER) == "1"


def back_to(request: HttpRequest, default: str) -> str:
    """Where a form asked to return (its `next` field), if it is a path on this site; else `default`."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    return wanted if is_local_path(wanted) else default
