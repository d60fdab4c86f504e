"""Replies by text: a notification's channel and the provider's id, a reply template's text version and when it is
offered, and text replies in the contact log (docs/sms.md)."""

from django.db import migrations, models

import appointments.contact_log


class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0011_not_a_fit_reason_and_undo"),
    ]

    operations = [
        migrations.AddField(
            model_name="notification",
            name="channel",
            field=models.CharField(
                choices=[("email", "Email"), ("text", "Text message")], default="email", max_length=5
            ),
        ),
        migrations.AddField(
            model_name="notification",
            name="provider_id",
            field=models.CharField(
                blank=True,
                help_text="A sent text's id at the text provider.",
                max_length=64,
                verbose_name="provider's message id",
            ),
        ),
        migrations.AddField(
            model_name="replytemplate",
            name="occasion",
            field=models.CharField(
                choices=[
                    ("booked", "Once a consultation is booked"),
                    ("not_reached", "After two calls or more with no answer"),
                    ("after_call", "After a call with no answer"),
                    ("unbooked", "Until a consultation is booked"),
                    ("any", "Any time"),
                ],
                default="any",
                help_text="When staff are offered this reply. The one that fits the request best is chosen first: a booking, then calls with no answer.",
                max_length=12,
                verbose_name="offered",
            ),
        ),
        migrations.AddField(
            model_name="replytemplate",
            name="text_body",
            field=models.TextField(
                blank=True,
                help_text="The reply as a text, for patients who chose text and agreed to texts: two messages at most, and no health details (a text shows on a lock screen). The clinic's short name goes before it and “Reply STOP to opt out.” after it. Empty: those patients get the email. Same placeholders, but not {clinic_name} or {location}.",
                max_length=320,
                validators=[appointments.contact_log.validate_text_body],
                verbose_name="text message",
            ),
        ),
        migrations.AlterField(
            model_name="contactattempt",
            name="channel",
            field=models.CharField(
                choices=[("call", "Phone call"), ("email", "Email reply"), ("text", "Text reply")], max_length=10
            ),
        ),
        migrations.AlterField(
            model_name="contactattempt",
            name="outcome",
            field=models.CharField(
                choices=[
                    ("no_answer", "No answer"),
                    ("voicemail", "Left a voicemail"),
                    ("spoke", "Spoke with the patient"),
                    ("escalated", "Escalated (988, 911 or a clinician)"),
                    ("emailed", "Email sent"),
                    ("texted", "Text sent"),
                ],
                max_length=10,
            ),
        ),
        migrations.AlterField(
            model_name="replytemplate",
            name="body",
            field=models.TextField(
                help_text="Placeholders: {first_name} (the patient's first name), {reference} (the request's reference, such as K7M2-QX9D), {clinic_name} (the clinic's name), {clinic_phone} (the location's phone number), {location} (the location's name), {location_address} (the location's address), {consultation} (the booked consultation's day, time and place (empty if none is booked)), {consultation_day} (the booked consultation's day, such as Tuesday, December 1), {consultation_time} (the booked consultation's time, such as 10:30 am), {staff_name} (your first name)",
                max_length=4000,
                validators=[appointments.contact_log.validate_body_placeholders],
            ),
        ),
    ]
