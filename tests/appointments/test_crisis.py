import re

import pytest

from appointments.crisis import CRISIS_PATTERNS, mentions_crisis


@pytest.mark.parametrize(
    "message",
    [
        "I have been having suicidal thoughts",
        "Sometimes I want to kill myself",
        "I think about ending my life",
        "I want to end it all",
        "I've been self-harming",
        "I keep hurting myself when it gets bad",
        "honestly I'd be better off dead",
        "I don't want to be alive, I want to die",
        "I took an overdose last month",
        "SUICIDE has crossed my mind",
        "I feel like there is no reason to live",
    ],
)
def test_crisis_language_is_recognised(message):
    assert mentions_crisis(message)


@pytest.mark.parametrize(
    "message",
    [
        "I get migraines twice a week",
        "This headache is killing me",
        "My depression has not responded to two medications",
        "I'm dying to know whether insurance covers this",
        "Please call after 5 pm, I work mornings",
        "My chronic pain makes it hard to sleep",
        "",
    ],
)
def test_ordinary_messages_are_not_flagged(message):
    assert not mentions_crisis(message)


# One sentence a patient might write for each pattern, matched by that pattern alone: taking
# any pattern away (or breaking it) leaves its sentence unflagged.
SENTENCE_FOR_PATTERN = {
    r"\bsuicid\w*": "Last winter I was suicidal for weeks.",
    r"\bkill(ing)?\s+my\s?self\b": "Some nights I think about killing myself.",
    r"\bend(ing)?\s+(it\s+all|my\s+(own\s+)?life)\b": "I have thought about how I would end my own life.",
    r"\btak(e|ing)\s+my\s+(own\s+)?life\b": "I was close to taking my own life in March.",
    r"\b(want|wanted|wish|wishing)\s+(to\s+)?(be\s+)?dead\b": "Some days I want to be dead.",
    r"\bwant(ed)?\s+to\s+die\b": "I just wanted to die after the last attack.",
    r"\b(wish|wishing)\s+(that\s+)?i\s+(was|were)\s+dead\b": "Most mornings I wish I was dead.",
    r"\bbetter\s+off\s+(if\s+i\s+(was|were)\s+)?dead\b": "Everyone would be better off if I were dead.",
    r"\bno\s+reason\s+to\s+(live|go\s+on)\b": "Since the divorce I see no reason to go on.",
    r"\bself[\s-]?harm\w*": "I have a history of self harm.",
    r"\b(hurt|hurting|harm|harming|cut|cutting)\s+my\s?self\b": "When the pain is bad I cut myself.",
    r"\boverdos\w*": "I was in hospital after overdosing on my pills.",
}


def test_every_crisis_pattern_has_a_sentence_here():
    assert set(SENTENCE_FOR_PATTERN) == set(CRISIS_PATTERNS)


@pytest.mark.parametrize(("pattern", "sentence"), SENTENCE_FOR_PATTERN.items(), ids=SENTENCE_FOR_PATTERN.values())
def test_each_crisis_pattern_recognises_what_a_patient_might_write(pattern, sentence):
    matching = [p for p in CRISIS_PATTERNS if re.search(p, sentence, re.IGNORECASE)]

    assert matching == [pattern]
    assert mentions_crisis(sentence)


@pytest.mark.parametrize(
    "message",
    [
        "My pain is killing me",
        "I am dying to try this",
        "I'd kill for one night without a headache",
        "I wish the migraine would end",
        "The side effects could kill the mood, my husband says",
        "I want to end my migraines for good",
    ],
)
def test_everyday_figures_of_speech_are_not_flagged(message):
    assert not mentions_crisis(message)


@pytest.mark.parametrize(
    "message",
    [
        "Is there a risk of overdose with ketamine?",
        "My sister died by suicide and I want to understand depression better",
    ],
)
def test_questions_that_use_crisis_words_are_flagged_on_purpose(message):
    # A false alarm costs a colleague a minute; the patterns are broad by design (appointments/crisis.py).
    assert mentions_crisis(message)


@pytest.mark.parametrize(
    "message", ["Most mornings I wish I was dead.", "I wish I were dead", "Everyone would be better off if I were dead"]
)
def test_wishing_oneself_dead_in_everyday_words_is_flagged(message):
    assert mentions_crisis(message)
