"""Second factors: the authenticator app (TOTP) and single-use recovery codes, through django-otp."""

import base64
import secrets
import time

import qrcode
import qrcode.image.svg
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.utils.safestring import SafeString, mark_safe
from django_otp.models import Device
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_CODE_DIGITS = 6
RECOVERY_CODE_COUNT = 10
RECOVERY_CODE_DIGITS = 10
APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"

User = AbstractBaseUser | AnonymousUser


def confirmed_app(user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user_id=user.pk, confirmed=True).first()


def app_to_enrol(user: User) -> TOTPDevice:
    """The unconfirmed device whose secret the enrolment page shows, the same one until confirmed."""
    device = TOTPDevice.objects.filter(user_id=user.pk, confirmed=False).first()
    return device or TOTPDevice.objects.create(user_id=user.pk, name=APP_DEVICE_NAME, confirmed=False)


def secret_text(device: TOTPDevice) -> str:
    """The secret as an app's "enter a key" screen wants it: base32, in groups of four."""
    encoded = base64.b32encode(device.bin_key).decode()
    return " ".join(encoded[i : i + 4] for i in range(0, len(encoded), 4))


def qr_svg(device: TOTPDevice) -> SafeString:
    """The app's setup link as an inline SVG QR code, drawn here: no script, no style, no other host."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    svg: str = image.to_string(encoding="unicode")
    return mark_safe(svg.replace("<svg ", '<svg role="img" aria-label="QR code of the secret" ', 1))


def current_code(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return f"{totp.token():0{device.digits}d}"


def new_recovery_codes(user: User) -> list[str]:
    """Replace the user's recovery codes with RECOVERY_CODE_COUNT new ones, digits only (a phone's number pad)."""
    device, _ = StaticDevice.objects.get_or_create(user_id=user.pk, name=RECOVERY_DEVICE_NAME)
    device.confirmed = True
    device.save()
    device.token_set.all().delete()
    codes = [
        "".join(secrets.choice("0123456789") for _ in range(RECOVERY_CODE_DIGITS)) for _ in range(RECOVERY_CODE_COUNT)
    ]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def show_recovery_code(code: str) -> str:
    return f"{code[:5]} {code[5:]}"


def _digits(typed: str) -> str:
    return "".join(typed.replace("-", "").split())


def check_code(user: User, typed: str) -> Device | None:
    """The device whose code this is, if it is right now: each app code and recovery code works once.

    The device row is locked while checking, so two requests racing with one code cannot both pass.
    Six digits are a code from the app, ten a recovery code; each kind counts its own wrong tries.
    """
    code = _digits(typed)
    model: type[TOTPDevice] | type[StaticDevice]
    model = TOTPDevice if len(code) == APP_CODE_DIGITS else StaticDevice
    with transaction.atomic():
        for device in model.objects.select_for_update().filter(user_id=user.pk, confirmed=True):
            if device.verify_token(code):
                return device
    return None


def seconds_until_allowed(user: User) -> int:
    """How long django-otp makes this user wait after wrong codes (0 when a code may be tried)."""
    waits = [0]
    for device in [*TOTPDevice.objects.filter(user_id=user.pk), *StaticDevice.objects.filter(user_id=user.pk)]:
        allowed, data = device.verify_is_allowed()
        if not allowed and data and data.get("locked_until"):
            waits.append(int((data["locked_until"].timestamp() - time.time()) + 1))
    return max(waits)


def hex_key(base32_secret: str) -> str:
    """The device key (hex) of a base32 secret as shown on the enrolment page; for tests and scripts."""
    return base64.b32decode("".join(base32_secret.split())).hex()
