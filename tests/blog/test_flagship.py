"""The flagship article reads word for word as the clinic approved it.

The expected text is written out here, not read from demo/content: a change to the
source file that loses or garbles words must fail this test, not move the goalposts with it.
"""

import pytest

from ..helpers import soup_of

pytestmark = pytest.mark.django_db

FLAGSHIP_URL = "/blog/ketamine-therapy-migraine-relief/"

HEADINGS = [
    ("h2", "Understanding Migraines: Symptoms, Triggers, and Traditional Treatments"),
    ("h3", "Traditional Treatments"),
    ("h2", "What is ketamine, and how does it work?"),
    ("h2", "Ketamine Therapy for Migraine"),
    ("h2", "Ketamine Therapy vs. Other Treatments for Migraine"),
    ("h2", "We can help you get Migraine Relief!"),
]
SYMPTOMS = [
    "Moderate to severe throbbing or pulsating pain in the head, usually on one side",
    "Nausea and vomiting",
    "Sensitivity to light (photophobia) and sound (phonophobia)",
    "Aura, which is a warning sign that a migraine is coming and can include visual disturbances, tingling "
    "sensations, or difficulty speaking",
]
TRIGGERS = [
    "Stress",
    "Hormone changes in women, such as those that occur during menstruation or menopause",
    "Certain foods and drinks, such as caffeine, alcohol, aged cheese, and processed foods",
    "Changes in sleep patterns",
    "Weather changes",
    "Medications",
    "Sensory triggers, such as bright lights, loud noises, or strong smells",
]
FIRST_PARAGRAPH = (
    "Migraines are more than just headaches; they are a complex neurological condition that can severely impact "
    "the quality of life of those affected. Traditional treatments often come with limitations and side effects, "
    "leaving many to seek alternative therapies. Ketamine, a medication initially used for anesthesia, has emerged "
    "as a potential new treatment for migraines, offering hope to those who have not found relief elsewhere. In "
    "this article, we will learn how Ketamine therapy works and how it may relieve migraine."
)
LAST_PARAGRAPH = (
    "Contact Avesta Ketamine and Wellness today to take the next step toward relief. Consult with our experienced "
    "practitioners to begin your journey towards a brighter future. Start your path to healing today!"
)
KEY_SENTENCES = [
    "It’s estimated that migraines affect around 1 billion people worldwide.",
    "Ketamine was initially developed as an anesthesia drug in the 1960s, and it is still used for that purpose today.",
    "Ketamine operates on the brain’s N-methyl-d-aspartate (NMDA) receptors, helping restore neural pathways and "
    "grow new synapses in brain areas affected by mood disorders.",
    "Ketamine therapy for migraines typically involves intravenous infusion of the drug in a controlled medical "
    "setting.",
    "Another study published in the Journal of Headache and Pain reported similar findings, with patients "
    "experiencing improvements in migraine symptoms after ketamine treatment.",
    "It’s essential to consult your doctor and receive a proper diagnosis to determine if it’s viable.",
]


@pytest.fixture
def article(client, demo_content):
    response = client.get(FLAGSHIP_URL)
    assert response.status_code == 200
    return soup_of(response)


def test_flagship_article_has_its_headings_in_order(article):
    body = article.select_one(".article-body")

    assert [(h.name, h.get_text()) for h in body.find_all(["h2", "h3", "h4"])] == HEADINGS


def test_flagship_article_has_every_word_and_paragraph(article):
    body = article.select_one(".article-body")
    for marker in body.select("sup.citation"):  # [1], [2]: links to the references, not the seed's words
        marker.decompose()
    paragraphs = [p.get_text() for p in body.find_all("p")]

    assert len(body.get_text(" ").split()) == 959
    assert len(paragraphs) == 19
    assert paragraphs[0] == FIRST_PARAGRAPH
    assert paragraphs[-1] == LAST_PARAGRAPH
    text = " ".join(body.get_text(" ").split())
    for sentence in KEY_SENTENCES:
        assert sentence in text


def test_flagship_article_lists_the_symptoms_and_triggers(article):
    lists = article.select(".article-body ul")

    assert [[li.get_text() for li in ul.find_all("li")] for ul in lists] == [SYMPTOMS, TRIGGERS]


def test_flagship_article_has_its_title_image_topics_and_call_to_action(article):
    assert article.h1.get_text() == "Ketamine Therapy: A New Hope for Migraine Relief"
    # The seed's alt text ("Thumbnail Image of Ketamine Therapy_ …") named a file; ours describes the picture.
    assert article.select_one(".hero-image")["alt"].startswith("Illustration of a person resting on a sofa")
    assert article.select_one(".article-cta a").get_text() == "Request An Appointment Today!"
    assert [a.get_text() for a in article.select(".topics a")] == ["Chronic pain", "Ketamine Therapy", "Migraine"]
