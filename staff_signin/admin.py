"""The Users list gets one action: issue enrolment links (superusers only), shown once on the next page."""

from typing import Any, cast

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse

from . import enrolment, security_events

User = get_user_model()
BaseUserAdmin: type[admin.ModelAdmin[Any]] = type(admin.site.get_model_admin(User))


@admin.action(description="Issue an enrolment link (works once, for 24 hours)", permissions=["issue_enrolment_link"])
def issue_enrolment_links(
    model_admin: admin.ModelAdmin[Any], request: HttpRequest, users: QuerySet[Any]
) -> TemplateResponse | None:
    issued, refused = [], []
    for user in users.order_by(User.USERNAME_FIELD):
        username = user.get_username()
        reason = enrolment.why_not_issued(user)
        if reason:
            refused.append(f"{username}: {reason}")
            continue
        token, link = enrolment.issue(user, issued_by=cast(AbstractBaseUser, request.user))
        security_events.enrolment_link_issued(username, request.user.get_username())
        issued.append({"username": username, "url": enrolment.url_of(token), "expires_at": link.expires_at})
    if not issued:
        messages.warning(request, "No enrolment link issued. " + " ".join(f"{r}." for r in refused))
        return None
    context = {
        **admin.site.each_context(request),
        "title": "Enrolment links",
        "opts": model_admin.model._meta,
        "issued": issued,
        "refused": refused,
    }
    return TemplateResponse(request, "staff_signin/enrolment_links_issued.html", context)


admin.site.unregister(User)


@admin.register(User)
class UserAdmin(BaseUserAdmin):  # type: ignore[valid-type,misc]  # whichever admin the user model had
    actions = [*(BaseUserAdmin.actions or []), issue_enrolment_links]

    def has_issue_enrolment_link_permission(self, request: HttpRequest) -> bool:
        # Only a superuser vouches for who may set up an authenticator app on an account.
        return bool(request.user.is_active and request.user.is_superuser)
