import pytest

from ..helpers import PASSWORD, log_in_verified, soup_of


@pytest.fixture
def desk_client(client, front_desk):
    """The test client, signed in (both steps) as a member of the Front desk group."""
    log_in_verified(client, front_desk)
    return client


@pytest.fixture
def writer_client(client, django_user_model):
    """The test client, signed in as staff who may not read requests (an article writer)."""
    writer = django_user_model.objects.create_user(username="writer", password=PASSWORD, is_staff=True)
    log_in_verified(client, writer)
    return client


INBOX_URL = "/admin/front-desk/requests/"
DASHBOARD_URL = "/admin/front-desk/"


def listed(response) -> list:
    """The inbox's rows, each a BeautifulSoup <tr>."""
    return soup_of(response).select("table.fd-inbox tr.fd-row")


def listed_references(response) -> list[str]:
    return [row.select_one(".reference").get_text(strip=True) for row in listed(response)]
