from django.db import migrations

# The admin's search (AppointmentRequestAdmin.search_fields) compares UPPER(field) LIKE UPPER('%term%'), and
# a typed phone number's end `phone LIKE '%5550150%'`: without these, every search reads all requests
# (200,000: 150 ms on PostgreSQL). Trigram indexes answer LIKE '%…%' for terms of three characters or more.
# PostgreSQL only, so they live here rather than in Meta.indexes; SQLite searches its small tables as before.
SEARCHED = ["reference", "first_name", "last_name", "email", "phone"]
TABLE = "appointments_appointmentrequest"


def create_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")  # blog's search made it already, as a rule
    for column in SEARCHED:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS request_{column}_search_idx ON {TABLE} USING gin (UPPER("{column}") gin_trgm_ops)'
        )
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS request_phone_digits_idx ON {TABLE} USING gin ("phone" gin_trgm_ops)'
    )


def drop_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in [f"request_{column}_search_idx" for column in SEARCHED] + ["request_phone_digits_idx"]:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0006_request_indexes_for_volume"),
    ]

    # Not TrigramExtension(): its reverse asks pg_extension even on SQLite, and would drop what blog's search uses.
    operations = [migrations.RunPython(create_search_indexes, drop_search_indexes)]
