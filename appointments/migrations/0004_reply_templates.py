"""Reply templates to start from (staff edit them in the admin), and the front desk's permissions for them."""

from django.db import migrations

from appointments.roles import create_permissions_now, set_up_front_desk

SUBJECT = "Your request {reference} to {clinic_name}"
TEMPLATES = [
    (
        "We tried to call you",
        SUBJECT,
        "Hello {first_name},\n\n"
        "Thank you for reaching out to {clinic_name}. We tried to call you today about your request "
        "and could not reach you.\n\n"
        "Please call us at {clinic_phone} when it suits you, or reply to this email with a few times "
        "that work for you, and we will call you then.\n\n"
        "{staff_name}\n{clinic_name}, {location}\n{location_address}",
    ),
    (
        "Let's find a time",
        SUBJECT,
        "Hello {first_name},\n\n"
        "Thank you for your request. We would like to book a consultation with you at our {location} "
        "clinic.\n\n"
        "Please reply with two or three days and times that suit you, or call us at {clinic_phone}.\n\n"
        "{staff_name}\n{clinic_name}, {location}\n{location_address}",
    ),
    (
        "Your consultation is booked",
        SUBJECT,
        "Hello {first_name},\n\n"
        "Your consultation is booked for {consultation}.\n\n"
        "Our address is {location_address}. If you need to change the time, call us at {clinic_phone}.\n\n"
        "{staff_name}\n{clinic_name}",
    ),
]


def add_templates(apps, schema_editor):
    reply_template = apps.get_model("appointments", "ReplyTemplate")
    for order, (name, subject, body) in enumerate(TEMPLATES):
        reply_template.objects.get_or_create(
            name=name, defaults={"subject": subject, "body": body, "display_order": order}
        )
    create_permissions_now(apps)
    set_up_front_desk(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def remove_templates(apps, schema_editor):
    apps.get_model("appointments", "ReplyTemplate").objects.filter(name__in=[t[0] for t in TEMPLATES]).delete()


class Migration(migrations.Migration):
    dependencies = [("appointments", "0003_contact_log_and_consultations")]

    operations = [migrations.RunPython(add_templates, remove_templates)]
