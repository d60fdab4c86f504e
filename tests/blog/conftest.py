import pytest

from ..helpers import log_in_verified


@pytest.fixture
def editor(client, staff_user):
    """The test client, signed in as a member of staff who edits articles."""
    log_in_verified(client, staff_user)
    return client
