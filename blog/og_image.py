"""The picture shown when an article without a hero is shared: its title on the brand's colours."""

import io

from PIL import Image, ImageDraw, ImageFont

SIZE = (1200, 630)  # Open Graph's recommended size, the 40:21 of the article slot
TEAL = "#0b5e5a"
APRICOT = "#e9a46a"
MARGIN = 80
TITLE_SIZES = (72, 60, 50)  # the largest with which the title fits in MAX_LINES
MAX_LINES = 4


def open_graph_card(title: str, site_name: str) -> bytes:
    """A 1200 × 630 PNG: the title wrapped in large white type, an apricot bar and the site's name."""
    card = Image.new("RGB", SIZE, TEAL)
    draw = ImageDraw.Draw(card)
    width = SIZE[0] - 2 * MARGIN
    for size in TITLE_SIZES:
        font = ImageFont.load_default(size=size)
        lines = _wrapped(draw, title, font, width)
        if len(lines) <= MAX_LINES:
            break
    lines = _shortened(draw, lines, font, width)
    line_height = round(size * 1.2)
    y = MARGIN
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill="white")
        y += line_height
    bar_top = SIZE[1] - MARGIN - 60
    draw.rectangle((MARGIN, bar_top, MARGIN + 160, bar_top + 10), fill=APRICOT)
    draw.text((MARGIN, bar_top + 28), site_name, font=ImageFont.load_default(size=34), fill="white")
    buffer = io.BytesIO()
    card.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _wrapped(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: int
) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _shortened(
    draw: ImageDraw.ImageDraw, lines: list[str], font: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: int
) -> list[str]:
    """At most MAX_LINES, the last one ending in an ellipsis if words were left out."""
    if len(lines) <= MAX_LINES:
        return lines
    last = lines[MAX_LINES - 1]
    while last and draw.textlength(f"{last}…", font=font) > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    return [*lines[: MAX_LINES - 1], f"{last}…"]
