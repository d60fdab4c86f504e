"""The CSV export: what leaves the building, and who may take it."""

import csv
import io

import pytest

from appointments.export import neutralise_formula
from appointments.models import AuditEvent

from ..helpers import run_action

pytestmark = pytest.mark.django_db


def test_csv_export_neutralises_spreadsheet_formulas(desk_client, make_request):
    appointment = make_request(first_name='=HYPERLINK("http://evil.example")', last_name="+1+2", email="a@example.com")

    response = run_action(desk_client, "export_as_csv", appointment)

    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:6] == ["Reference", "Received", "Status", "First name", "Last name", "Email"]
    assert rows[1][3] == '\'=HYPERLINK("http://evil.example")'
    assert rows[1][4] == "'+1+2"
    assert rows[1][6] == "(480) 555-0177"
    assert AuditEvent.objects.filter(action=AuditEvent.Action.EXPORTED).count() == 1


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_every_formula_trigger_is_neutralised(value):
    assert neutralise_formula(value) == "'" + value
