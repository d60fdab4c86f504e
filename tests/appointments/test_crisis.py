"""Crisis language in the form's message: what is flagged, what is not, and why (appointments/crisis.py).

The figures on the whole corpus are in test_crisis_corpus.py; these are the rules, one small table each.
"""

import time

import pytest

from appointments.crisis import crisis_signs, mentions_crisis, normalise
from appointments.models import AppointmentRequest

from ..helpers import FORM_URL, soup_of


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
        "Most mornings I wish I was dead.",
        "Everyone would be better off if I were dead",
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


@pytest.mark.parametrize(
    "message",
    [
        "My pain is killing me",
        "I am dying to try this",
        "I'd kill for one night without a headache",
        "I wish the migraine would end",
        "The side effects could kill the mood, my husband says",
        "I want to end my migraines for good",
        "I want to take my life back from chronic pain",
        "Migraines make me want to scream",
        "I cut myself shaving this morning",
        "I'm trying to cut back on coffee",
        "Cluster headaches are called suicide headaches",
    ],
)
def test_everyday_figures_of_speech_are_not_flagged(message):
    assert not mentions_crisis(message)


@pytest.mark.parametrize(
    "message",
    [
        # A named physical symptom is why people write to a pain clinic (appointments/crisis.py's docstring)...
        "I want the pain to end",
        "The pain is unbearable some days",
        "I can't go on like this with the migraines, I need a solution.",
        # ...and safety questions about the treatment are questions, not plans.
        "Is there a risk of overdose with ketamine?",
        "I had a caffeine overdose this morning, is that ok before an infusion?",
    ],
)
def test_physical_pain_and_treatment_safety_questions_are_not_flagged(message):
    assert not mentions_crisis(message)


@pytest.mark.parametrize(
    "message",
    [
        "My sister died by suicide and I want to understand depression better",
        "I had suicidal thoughts 10 years ago but I'm fine now",
        "Does ketamine help with suicidal thoughts?",
        "I can't live with this pain anymore.",
    ],
)
def test_doubtful_messages_are_flagged_on_purpose(message):
    # A false alarm costs a colleague a minute; a missed one can cost a life.
    assert mentions_crisis(message)


@pytest.mark.parametrize(
    ("message", "flagged"),
    [
        ("I'm not suicidal.", False),
        ("No thoughts of self-harm.", False),
        ("I have never wanted to hurt myself.", False),
        ("I am not a danger to myself or others.", False),
        ("No suicidal thoughts or self-harm, just daily migraines.", False),
        ("I don't want to die, I want to live without pain.", False),
        # Another sign beside the negation keeps the flag.
        ("I'm not suicidal but I don't want to live anymore.", True),
        ("I'm not suicidal but some days I wish I could sleep forever.", True),
        ("I'm not suicidal, but I've been thinking about it a lot.", True),
        # A negation that is doubted, hedged or taken back is none.
        ("I can't honestly say I'm not suicidal.", True),
        ("I'm not suicidal yet.", True),
        ("I'm not actively suicidal.", True),
        ("I never had suicidal thoughts until this winter.", True),
    ],
)
def test_a_negation_lowers_the_flag_only_when_nothing_else_is_a_sign(message, flagged):
    assert mentions_crisis(message) is flagged


@pytest.mark.parametrize(
    "message",
    [
        "I don't want to live anymore",
        "I don’t want to live anymore",  # a curly apostrophe
        "i dont want to live anymore",
        "I do not want to live any more",
        "I DON'T WANT TO LIVE ANYMORE",
        "i dont wanna liiiiive anymoreeee",
        "i dont want 2 live no more",
    ],
)
def test_spelling_capitals_and_apostrophes_do_not_hide_a_sign(message):
    assert crisis_signs(message) == ["wish to be dead"]


@pytest.mark.parametrize(
    ("written", "read_as"),
    [
        ("I’m", "im"),
        ("I do not", "i dont"),
        ("SUICDE", "suicide"),
        ("sucidal", "suicidal"),
        ("su1c1dal", "suicidal"),
        ("kms", "kil myself"),  # every repeated letter is squeezed to one, in the patterns too
        ("kil my self", "kil myself"),
        ("killlllll myslef", "kil myself"),
        ("Dépression", "depresion"),
    ],
)
def test_the_message_is_read_in_one_spelling(written, read_as):
    assert normalise(written) == read_as


@pytest.mark.parametrize(
    ("message", "signs"),
    [
        ("I wish I could go to sleep and never wake up", ["wish to be dead"]),
        ("I keep thinking about killing myself", ["talk of suicide"]),
        ("I've been stockpiling my pills", ["intent, plan or means"]),
        ("I started cutting again", ["self-harm"]),
        ("Everyone would be better off without me", ["hopelessness or burden"]),
        ("I've been giving away my things", ["saying goodbye"]),
        (
            "I have a plan to kill myself and I wrote a note",
            ["talk of suicide", "intent, plan or means", "saying goodbye"],
        ),
        ("My head is killing me", []),
    ],
)
def test_staff_can_be_told_which_kinds_of_sign_were_found(message, signs):
    assert crisis_signs(message) == signs


@pytest.mark.parametrize(
    "message",
    ["a" * 1000, "i want to " * 100, "not " * 250, "no suicidal thoughts or " * 40, "." * 1000, "i hope " * 140],
)
def test_a_long_message_is_read_in_a_few_milliseconds(message):
    started = time.perf_counter()
    mentions_crisis(message)

    assert time.perf_counter() - started < 0.1  # about 5 ms here; no pattern backtracks without bound


@pytest.mark.django_db
def test_the_message_from_the_issue_flags_the_request_and_shows_988(client, form_data):
    form_data["message"] = "Migraines and depression for years. I don't want to live anymore."

    response = client.post(FORM_URL, form_data, follow=True)

    assert soup_of(response).select_one(".crisis-panel") is not None
    assert AppointmentRequest.objects.get().is_urgent
