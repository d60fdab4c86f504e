import logging
import traceback
from collections.abc import Callable
from urllib.parse import unquote

from django.core.exceptions import BadRequest, ValidationError
from django.db import DataError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.http.multipartparser import MultiPartParserError
from django.urls import reverse

logger = logging.getLogger(__name__)

BAD_VALUE_ERRORS = (DataError, OverflowError, ValueError, ValidationError)


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


class StaffQueryErrorsMiddleware:
    """Answer 400, not 500, when a staff address carries a value the database or Python cannot take.

    The admin turns query strings and form ids into queries: a year of twenty digits overflows
    (OverflowError), year 0 or a non-numeric action id is a ValueError, an out-of-range number
    is a DataError on PostgreSQL. Those are bad requests, not server faults. Only under the admin,
    and logged without the values (they may be a patient's name) but with where it failed.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, BAD_VALUE_ERRORS) or not request.path.startswith(reverse("admin:index")):
            return None
        frame = traceback.extract_tb(exception.__traceback__)[-1]
        logger.warning(
            "staff request refused: %s %s raised %s at %s:%s",
            request.method,
            request.path,
            type(exception).__name__,
            frame.filename.rsplit("site-packages/", 1)[-1],
            frame.lineno,
        )
        return HttpResponseBadRequest("Bad request: this filter or selection cannot be applied.")


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
