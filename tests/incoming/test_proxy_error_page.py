"""The page nginx shows when no app server answers: the site's look, the clinic's phone, honest about the form."""

from bs4 import BeautifulSoup
from django.core.management import call_command


def test_it_tells_a_patient_the_form_was_not_sent_and_how_to_reach_us(tmp_path, settings):
    settings.CLINIC_PHONE = "+14805550199"
    page = tmp_path / "errors" / "50x.html"

    call_command("write_proxy_error_page", str(page))

    html = page.read_text()
    text = " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())
    assert "it was not sent" in text
    assert "back button" in text
    assert "(480) 555-0199" in text
    assert 'href="tel:+14805550199"' in html
    assert "css/site" in html
