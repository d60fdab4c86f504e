import unicodedata

from django.core.exceptions import ValidationError


def validate_single_line(value: str) -> None:
    """Reject line breaks and other control characters in one-line fields (names end up near email headers)."""
    if any(unicodedata.category(character) in {"Cc", "Zl", "Zp"} for character in value):
        raise ValidationError("Please use letters, spaces and punctuation only, on one line.")
