import unicodedata

from django.core.exceptions import ValidationError


def validate_single_line(value: str) -> None:
    """Reject line breaks and other control characters in one-line fields (names end up near email headers)."""
    if any(unicodedata.category(character) in {"Cc", "Zl", "Zp"} for character in value):
        raise ValidationError("Please use letters, spaces and punctuation only, on one line.")


def validate_email_characters(value: str) -> None:
    """An address that reaches a To: header: no control, format or line-separator characters, no spaces or quotes."""
    if any(
        unicodedata.category(character) in {"Cc", "Cf", "Zl", "Zp", "Zs"} or character in '"\\' for character in value
    ):
        raise ValidationError("Please enter your email address without spaces, quotes or special characters.")
