from collections.abc import Callable
from urllib.parse import unquote

from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.http.multipartparser import MultiPartParserError


class RejectNulCharactersMiddleware:
    """Answer 400 to a NUL character in the path or query string.

    Form fields already refuse NUL, but query strings (admin filters, ?q=, ?page=) reach
    the database as they are, and PostgreSQL answers a NUL in a literal with an error: a 500.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        query = unquote(request.META.get("QUERY_STRING", ""))
        if "\x00" in request.path or "\x00" in query:
            return HttpResponseBadRequest("Bad request: the address contains a character we cannot accept.")
        return self.get_response(request)


class RejectUndecodableBodyMiddleware:
    """Answer 400 to a form body Django cannot decode, before the CSRF check reads it.

    A urlencoded body declared in another charset than UTF-8 makes reading request.POST raise
    BadRequest; raised inside the CSRF middleware it ends as the server's bare 500.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, *args: object) -> HttpResponse | None:
        if request.method != "POST":
            return None
        try:
            request.POST  # noqa: B018 - reading it is the check
        except (BadRequest, MultiPartParserError, UnicodeDecodeError):
            from .errors import bad_request

            return bad_request(request)
        return None
