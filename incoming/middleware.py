from collections.abc import Callable
from urllib.parse import unquote

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest


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
