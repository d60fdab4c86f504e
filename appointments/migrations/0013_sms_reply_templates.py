"""The starter replies get their text versions and occasions, and two more ship: "Booking confirmation" and "We could
not reach you". Templates staff edited keep their words: they only learn when they are offered, by their name.

The replies are written out here as shipped, so that this migration does the same whatever the code says later.
"""

from django.db import migrations

SUBJECT = "About your request {reference}"
# The booking reply shipped by 0004, renamed and rewritten here if nobody edited it.
OLD_BOOKING = (
    "Your consultation is booked",
    SUBJECT,
    "Hello {first_name},\n\n"
    "Your consultation is booked for {consultation}.\n\n"
    "Our address is {location_address}. If you need to change the time, call us at {clinic_phone}.\n\n"
    "{staff_name}\n{location}",
)
BOOKING = "Booking confirmation"
# name, subject, body, text version, occasion
REPLIES = [
    (
        "We tried to call you",
        SUBJECT,
        "Hello {first_name},\n\n"
        "Thank you for reaching out to {clinic_name}. We tried to call you today about your request "
        "and could not reach you.\n\n"
        "Please call us at {clinic_phone} when it suits you, or reply to this email with a few times "
        "that work for you, and we will call you then.\n\n"
        "{staff_name}\n{location}\n{location_address}",
        "Hello {first_name}, we tried to call you today about your request {reference}. "
        "Please call us at {clinic_phone} when it suits you. {staff_name}",
        "after_call",
    ),
    (
        "Let's find a time",
        SUBJECT,
        "Hello {first_name},\n\n"
        "Thank you for your request. We would like to book your consultation at {location_address}.\n\n"
        "Please reply with two or three days and times that suit you, or call us at {clinic_phone}.\n\n"
        "{staff_name}\n{location}",
        "Hello {first_name}, thank you for your request {reference}. We would like to book your consultation: "
        "please call us at {clinic_phone} to choose a time. {staff_name}",
        "unbooked",
    ),
    (
        BOOKING,
        SUBJECT,
        "Hello {first_name},\n\n"
        "Your consultation is booked for {consultation_day} at {consultation_time}.\n\n"
        "Where: {location_address}.\n\n"
        "If you need to change the time, or cannot come, please call us at {clinic_phone}.\n\n"
        "{staff_name}\n{location}",
        "Hello {first_name}, your consultation is booked for {consultation_day} at {consultation_time}, "
        "{location_address}. To change it, call us at {clinic_phone}. {staff_name}",
        "booked",
    ),
    (
        "We could not reach you",
        SUBJECT,
        "Hello {first_name},\n\n"
        "We have tried to call you a few times about your request {reference} and could not reach you.\n\n"
        "We would still like to help. Please call us at {clinic_phone} when it suits you, or reply to this "
        "email with a few times that work for you and the best number to call.\n\n"
        "If you no longer need us, there is nothing you need to do.\n\n"
        "{staff_name}\n{location}\n{location_address}",
        "Hello {first_name}, we have tried to call you a few times about your request {reference} and could not "
        "reach you. Please call us at {clinic_phone} when it suits you. {staff_name}",
        "not_reached",
    ),
]


def add_text_versions(apps, schema_editor):
    ReplyTemplate = apps.get_model("appointments", "ReplyTemplate")
    old_booking = ReplyTemplate.objects.filter(name=OLD_BOOKING[0]).first()
    if old_booking and (old_booking.subject, old_booking.body) == OLD_BOOKING[1:]:
        if ReplyTemplate.objects.filter(name=BOOKING).exists():
            # Both as shipped: the old one is switched off (not deleted: the contact log may name it).
            old_booking.occasion, old_booking.is_active = "booked", False
            old_booking.save(update_fields=["occasion", "is_active"])
        else:
            _, subject, body, text, occasion = REPLIES[2]
            old_booking.name, old_booking.subject, old_booking.body = BOOKING, subject, body
            old_booking.save(update_fields=["name", "subject", "body"])
    elif old_booking:
        # Staff made it their own: it stays, offered once a consultation is booked, and no second one is added.
        old_booking.occasion = "booked"
        old_booking.save(update_fields=["occasion"])
    last = max(ReplyTemplate.objects.values_list("display_order", flat=True), default=0)
    for name, subject, body, text, occasion in REPLIES:
        template = ReplyTemplate.objects.filter(name=name).first()
        if template is None:
            if name == BOOKING and old_booking:
                continue
            last += 1
            ReplyTemplate.objects.create(
                name=name, subject=subject, body=body, text_body=text, occasion=occasion, display_order=last
            )
            continue
        template.occasion = occasion
        if (template.subject, template.body) == (subject, body) and not template.text_body:
            template.text_body = text
        template.save(update_fields=["occasion", "text_body"])


def remove_text_versions(apps, schema_editor):
    """Back to 0004's replies where they are as shipped: the booking reply by its old name and words."""
    ReplyTemplate = apps.get_model("appointments", "ReplyTemplate")
    shipped = {name: (subject, body) for name, subject, body, _, _ in REPLIES}
    for template in ReplyTemplate.objects.filter(name__in=[BOOKING, "We could not reach you"]):
        if (template.subject, template.body) != shipped[template.name]:
            continue
        if template.name == BOOKING and not ReplyTemplate.objects.filter(name=OLD_BOOKING[0]).exists():
            template.name, template.subject, template.body = OLD_BOOKING
            template.save(update_fields=["name", "subject", "body"])
        elif template.name != BOOKING:
            template.delete()


class Migration(migrations.Migration):
    dependencies = [("appointments", "0012_sms_replies")]

    operations = [migrations.RunPython(add_text_versions, remove_text_versions)]
