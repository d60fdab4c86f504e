"""Form controls, buttons and the keyboard focus ring stand out from what is around them (WCAG 1.4.11).

axe-core does not test non-text contrast, so this measures it in Chromium from the computed styles:
a control's boundary (a border of at least 1px, or its own background where that differs from what
is behind it) needs 3:1 against the first background behind it, and so does the focus outline
(at least 2px). Checkboxes and radios drawn by the browser (`appearance` other than `none`) have no
colours CSS can read: they count as failures until the site draws them itself. Buttons include links
and <summary> elements drawn as buttons (a background of their own or a border).
"""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = {
    "home": "/",
    "article": "/blog/ketamine-therapy-migraine-relief/",
    "article-list": "/blog/",
    "appointment-form": "/request-an-appointment/",
    "appointment-form-errors": "/request-an-appointment/",  # sent empty, so every error shows
    "contact": "/contact/",
    "about": "/about/",
    "faq": "/faq/",
    "cost-and-insurance": "/cost-and-insurance/",
    "search": "/blog/search/?q=ketamine",
}

# Shared by both measurements: colours, WCAG relative luminance, what lies behind an element.
COLOUR_FUNCTIONS = """
const parse = (text) => {
    const m = text.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return [0, 0, 0, 0];
    const parts = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
};
const over = (fg, bg) => [0, 1, 2].map(i => fg[i] * fg[3] + bg[i] * (1 - fg[3])).concat(1);
const hex = (c) => '#' + c.slice(0, 3).map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
};
const behind = (el) => {
    for (let node = el.parentElement; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour[3] > 0) return over(colour, [255, 255, 255, 1]);
    }
    return [255, 255, 255, 1];
};
const describe = (el) => {
    const text = (el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || el.value || '')
        .trim().replace(/\\s+/g, ' ').slice(0, 40);
    const kind = el.tagName.toLowerCase() + (el.tagName === 'INPUT' ? `[type=${el.type}]` : '');
    return `${kind}${el.id ? '#' + el.id : ''} "${text}"`;
};
"""

# Marks every visible control and button with data-contrast-id and returns the boundary failures. Links and
# <summary> (a menu's toggle) count as buttons when drawn as one: a background of their own, or a border.
MEASURE_BOUNDARIES = (
    "() => {"
    + COLOUR_FUNCTIONS
    + """
    const styledAsButton = (style) => parse(style.backgroundColor)[3] > 0 || ['Top', 'Right', 'Bottom', 'Left'].some(
        side => parseFloat(style[`border${side}Width`]) >= 1 && style[`border${side}Style`] !== 'none'
            && parse(style[`border${side}Color`])[3] > 0);
    const visible = (el) => {
        const box = el.getBoundingClientRect();
        return el.checkVisibility({opacityProperty: true, visibilityProperty: true})
            && box.width > 1 && box.height > 1 && box.right > 0 && box.bottom > 0
            && !el.closest('[aria-hidden=true]');
    };
    const buttonLike = (el) => !['A', 'SUMMARY'].includes(el.tagName) || styledAsButton(getComputedStyle(el));
    const candidates = [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button, a, summary')]
        .filter(el => visible(el) && buttonLike(el));
    const failures = [];
    candidates.forEach((el, index) => {
        el.dataset.contrastId = index;
        const style = getComputedStyle(el);
        const back = behind(el);
        if (['checkbox', 'radio'].includes(el.type) && style.appearance !== 'none') {
            failures.push(`${describe(el)}: drawn by the browser (appearance: ${style.appearance}), `
                + 'its colours cannot be measured; style it with appearance: none');
            return;
        }
        const borders = ['Top', 'Right', 'Bottom', 'Left']
            .filter(side => parseFloat(style[`border${side}Width`]) >= 1 && style[`border${side}Style`] !== 'none')
            .map(side => [side.toLowerCase(), over(parse(style[`border${side}Color`]), back)]);
        const same = borders.length === 4 && new Set(borders.map(([, colour]) => hex(colour))).size === 1;
        const measured = (same ? [['', borders[0][1]]] : borders)
            .map(([side, colour]) => [`border${side ? '-' + side : ''} ${hex(colour)}`, ratio(colour, back)]);
        const own = parse(style.backgroundColor);
        if (own[3] > 0) {
            const colour = over(own, back);
            if (hex(colour) !== hex(back)) measured.push([`background ${hex(colour)}`, ratio(colour, back)]);
        }
        if (!measured.some(([, r]) => r >= 3)) {
            const found = measured.map(([what, r]) => `${what} ${r}:1`).join(', ') || 'no border and no background';
            failures.push(`${describe(el)}: ${found} against ${hex(back)}`);
        }
    });
    const stops = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]').length;
    return {names: candidates.map(describe), stops, failures};
}"""
)

# The focused element's outline, if it is one of the marked controls.
MEASURE_FOCUS = (
    "() => {"
    + COLOUR_FUNCTIONS
    + """
    const el = document.activeElement;
    if (!el || el.dataset.contrastId === undefined) return null;
    const style = getComputedStyle(el);
    const back = behind(el);
    const colour = over(parse(style.outlineColor), back);
    const width = parseFloat(style.outlineWidth);
    const r = ratio(colour, back);
    const ok = style.outlineStyle !== 'none' && width >= 2 && r >= 3;
    return {id: el.dataset.contrastId, ok, text: `${describe(el)}: focus outline ${style.outlineStyle} ${width}px `
        + `${hex(colour)} against ${hex(back)}, ${r}:1`};
}"""
)


def open_page(page, name: str) -> None:
    page.goto(PAGES[name])
    if name == "appointment-form-errors":
        page.watch.expected_error_statuses.add(400)
        page.get_by_role("button", name="Send my request").click()
        expect(page.locator(".error-summary")).to_be_visible()


def focus_failures(page, names: list[str], stops: int) -> list[str]:
    """Tab through the page, then focus what Tab skips (a radio group's other radios) the same way."""
    measured: dict[str, dict] = {}
    for _ in range(stops + 5):
        page.keyboard.press("Tab")
        result = page.evaluate(MEASURE_FOCUS)
        if result is not None:
            if result["id"] in measured:
                break  # round the page once
            measured[result["id"]] = result
    for index in range(len(names)):
        if str(index) not in measured:
            page.keyboard.press("Shift")  # a key press first, so programmatic focus shows as keyboard focus
            page.locator(f"[data-contrast-id='{index}']").focus()
            result = page.evaluate(MEASURE_FOCUS)
            if result is not None:
                measured[result["id"]] = result
    missed = [f"{name}: never took keyboard focus" for i, name in enumerate(names) if str(i) not in measured]
    return [result["text"] for result in measured.values() if not result["ok"]] + missed


@pytest.mark.parametrize("name", list(PAGES))
def test_controls_and_focus_rings_stand_out_from_their_background(page, demo_content, name):
    open_page(page, name)

    boundaries = page.evaluate(MEASURE_BOUNDARIES)
    failures = boundaries["failures"] + focus_failures(page, boundaries["names"], boundaries["stops"])

    where = f"{name} ({PAGES[name]}) at {page.viewport_name}"
    assert boundaries["names"], f"{where}: no controls or buttons found"
    assert failures == [], f"{where}: {len(failures)} below 3:1 (WCAG 1.4.11):\n" + "\n".join(failures)
