"""Render the demo-content illustrations from their SVG sources to JPEG.

Usage (from the repository root):
    /work/main/.venv/bin/python demo/content/images/render.py

Every SVG in sources/heroes/ becomes heroes/<slug>.jpg (1200x630) and every
SVG in sources/team/ becomes team/<slug>.jpg (600x600).  Rendering uses
Playwright's Chromium (the system /usr/bin/chromium); the screenshot is
converted to a progressive, optimised JPEG at quality 82 with Pillow and
written without any metadata.
"""

import io
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
# folder under sources/ -> (width, height) of the rendered JPEG
SIZES = {"heroes": (1200, 630), "team": (600, 600)}

PAGE = (
    "<!doctype html><html><head><style>"
    "html,body{margin:0;padding:0;width:100%%;height:100%%;overflow:hidden;background:#fff}"
    "svg{display:block;width:100%%;height:100%%}"
    "</style></head><body>%s</body></html>"
)


def to_jpeg(png: bytes, target: Path) -> None:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    # A fresh image carries no EXIF, ICC profile or other metadata.
    clean = Image.new("RGB", image.size)
    clean.paste(image)
    clean.save(target, "JPEG", quality=82, optimize=True, progressive=True)


def main() -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        try:
            for folder, (width, height) in SIZES.items():
                out_dir = HERE / folder
                out_dir.mkdir(exist_ok=True)
                page = browser.new_page(viewport={"width": width, "height": height})
                for svg in sorted((SOURCES / folder).glob("*.svg")):
                    page.set_content(PAGE % svg.read_text(encoding="utf-8"))
                    png = page.screenshot(type="png", clip={"x": 0, "y": 0, "width": width, "height": height})
                    target = out_dir / (svg.stem + ".jpg")
                    to_jpeg(png, target)
                    print(f"{target.relative_to(HERE)}  {width}x{height}  {target.stat().st_size} bytes")
                page.close()
        finally:
            browser.close()


if __name__ == "__main__":
    main()
