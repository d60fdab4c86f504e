from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from django.views.static import serve

from blog.feeds import LatestPostsAtomFeed, LatestPostsFeed
from blog.sitemaps import AuthorSitemap, PostSitemap, TopicSitemap
from incoming.health import healthz
from page_cache.decorators import cached_page
from pages.sitemaps import FixedPagesSitemap, PageSitemap
from pages.views import SearchView, favicon

admin.site.index_title = "Configuration"
admin.site.site_title = settings.SITE_NAME
# The triage list needs the width more than the app menu.
admin.site.enable_nav_sidebar = False

SITEMAPS = {
    "fixed": FixedPagesSitemap,
    "pages": PageSitemap,
    "posts": PostSitemap,
    "topics": TopicSitemap,
    "authors": AuthorSitemap,
}

urlpatterns = [
    # Inside the admin (its login and header), before its catch-all URLs.
    path("admin/charts/", include("insights.urls")),
    path("admin/front-desk/", include("frontdesk.urls")),
    path("admin/sign-in/", include("staff_signin.urls")),
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("sitemap.xml", cached_page(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("favicon.ico", favicon, name="favicon"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain"), name="robots"),
    path(settings.CSP_REPORT_PATH.lstrip("/"), include("incoming.urls")),
    path("blog/feed/rss/", cached_page(LatestPostsFeed()), name="feed-rss"),
    path("blog/feed/atom/", cached_page(LatestPostsAtomFeed()), name="feed-atom"),
    # Articles and pages together: the view lives in pages, which may use blog (blog knows nothing of pages).
    # Not cached: one entry per query would let anyone fill the cache, and a search is rarely repeated.
    path("blog/search/", SearchView.as_view(), name="search"),
    path("blog/", include("blog.urls")),
    path("request-an-appointment/", include("appointments.urls")),
    path("", include("pages.urls")),
]

if settings.SERVE_MEDIA:
    # Uploaded images. In production the proxy in front serves /media/ itself.
    media_prefix = settings.MEDIA_URL.strip("/")
    urlpatterns.insert(0, re_path(rf"^{media_prefix}/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}))

# Our own error pages: each names the clinic's phone number and works while the database is down.
handler400 = "incoming.errors.bad_request"
handler403 = "incoming.errors.permission_denied"
handler404 = "incoming.errors.page_not_found"
handler500 = "incoming.errors.server_error"
