"""Which query strings a cached page is kept under: the one place that decides, for every cached view.

A cached view reads the parameters it names (`cached_page(view, query=("page",))`; a paginated ListView
names its page parameter by itself) and a page is stored under its canonical address only: no query
string, or each named parameter once, in its one valid spelling (`?page=2`, never `?page=02`,
`?page=+2` or `?page=%32`), and nothing else. Whatever else anyone appends (tracking tags, typos,
`?page=1`, which is the address without it, a parameter the view does not read, a random value) is
answered as it comes and never stored: made-up addresses cannot add entries, and a page has at most one
stored copy per page number it really has (a number past the last is the view's 404, never stored).
"""

import re
from collections.abc import Callable, Iterable
from urllib.parse import parse_qsl, urlencode

from django.core.exceptions import ImproperlyConfigured
from django.views.generic.list import MultipleObjectMixin

Rule = Callable[[str], bool]

# 2 to 999999 in digits, no sign, no leading zero: the one spelling of each page after the first.
PAGE_NUMBER = re.compile(r"[2-9]|[1-9][0-9]{1,5}")


def is_page_number(value: str) -> bool:
    return PAGE_NUMBER.fullmatch(value) is not None


# The parameters a cached view may name, each with its rule.
RULES: dict[str, Rule] = {"page": is_page_number}
# Longer than any address a page is stored under: not even parsed (the middleware asks before Django does).
LONGEST = 100

# Every parameter some cached view reads (filled as the URLconfs are imported): the middleware, which runs
# before the URL is resolved, looks up only an address that some view could have stored.
_read_by_some_view: dict[str, Rule] = {}


def parameters(view: Callable[..., object], query: Iterable[str] | None) -> dict[str, Rule]:
    """The parameters this view reads, with their rules: those named, or a paginated ListView's page."""
    if query is None:
        view_class = getattr(view, "view_class", None)  # as_view() keeps the class here
        paginated = isinstance(view_class, type) and issubclass(view_class, MultipleObjectMixin)
        query = (view_class.page_kwarg,) if paginated and view_class.paginate_by else ()  # type: ignore[union-attr]
    unknown = set(query) - set(RULES)
    if unknown:
        raise ImproperlyConfigured(f"cached_page knows no rule for the query parameter(s) {sorted(unknown)}.")
    read = {name: RULES[name] for name in query}
    _read_by_some_view.update(read)
    return read


def read_by_some_view() -> dict[str, Rule]:
    return _read_by_some_view


def is_canonical(query_string: str, read: dict[str, Rule]) -> bool:
    """True if the raw query string is one a page is stored under: empty, or the view's own parameters,
    each once, each valid, spelt exactly as we would write it ourselves."""
    if not query_string:
        return True
    if len(query_string) > LONGEST:
        return False
    pairs = parse_qsl(query_string, keep_blank_values=True)
    names = [name for name, _ in pairs]
    if len(set(names)) != len(names) or any(name not in read or not read[name](value) for name, value in pairs):
        return False
    ordered = sorted(pairs, key=lambda pair: list(read).index(pair[0]))
    return urlencode(ordered) == query_string
