from django.http import HttpRequest, HttpResponse
from django.urls import include, path

# A page the size of the flagship article's HTML (about 17 KB), always the same: what the floor returns.
FIXED_PAGE = (
    "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>The floor</title></head><body><main>"
    + "<p>Ketamine, a medication initially used for anesthesia, has emerged as a potential new treatment.</p>" * 175
    + "</main></body></html>"
)


def bare(request: HttpRequest) -> HttpResponse:
    """The floor: Django's request cycle with our middleware returning a fixed page; no template, no query."""
    return HttpResponse(FIXED_PAGE)


urlpatterns = [path("bench/bare/", bare), path("", include("avesta.urls"))]
