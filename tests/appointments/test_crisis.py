"""Crisis language in the form's message: what is flagged, what is not, and why (appointments/crisis/).

The figures on the whole corpus are in test_crisis_corpus.py; these are the rules, one small table each.
"""

import time

import pytest

from appointments.crisis import WEAKER_SIGNS, crisis_signs, mentions_crisis, normalise
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
        # A named physical symptom is why people write to a pain clinic (appointments/crisis/__init__.py)...
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
    "message",
    [
        # Dying spoken of as leaving, resting, running out of time.
        "This is my last try. If this doesn't work I'm checking out for good.",
        "You can cancel my follow up, I won't be around by then.",
        "Cancel all my future appointments, I won't need them where I'm going.",
        "I just want permanent rest. The kind you don't come back from.",
        "I don't see myself making it to 40.",
        # Means and preparation, without the word suicide.
        "I've looked up how many of my Tylenol it would take.",
        "I sat in the car in the closed garage with the engine running for a while Sunday.",
        "I've been sleeping with my pistol under my pillow.",
        "I've been asking for early refills so I can save them up.",
        # Passive wishes, shorthand, second-language English, Spanish, someone writing for a relative.
        "I'd be fine if a bus hit me tomorrow.",
        "SI has been bad this week, passive mostly but some active.",
        "s/h urges bad rn, pls help",
        "Doctor, I am tired to live. I think maybe is better I am not here.",
        "Mi hijo dice que se quiere matar.",
        "My son says he will finish his life, he has medicines saved.",
    ],
)
def test_crisis_without_the_usual_words_is_recognised(message):
    assert mentions_crisis(message)


@pytest.mark.parametrize(
    ("message", "signs"),
    [
        # Alone, each half is what patients write every day; together they are a goodbye.
        ("I'm ready to go.", []),
        ("My dog has a new home.", []),
        (
            "I made sure my kids are taken care of and my dog has a new home. I'm ready to go.",
            [WEAKER_SIGNS],
        ),
        # Two different arrangements read like a will.
        (
            "My life insurance policy is in the top drawer and I've left instructions for my sister.",
            [WEAKER_SIGNS],
        ),
        # Two hints of distress are not enough: distress is why people write.
        ("I'm at the end of my rope, I'm exhausted.", []),
    ],
)
def test_weaker_signs_flag_only_when_two_kinds_meet(message, signs):
    assert crisis_signs(message) == signs


@pytest.mark.parametrize(
    "message",
    [
        # A screening question answered no, a chart note, a denial pointing back at what was mentioned.
        "My psychiatrist asked about suicidal thoughts and I said no, which is true.",
        "Is the PHQ-9 question about self harm required? My answer is not at all.",
        "SI: denied. HI: denied.",
        "I read that ketamine helps with suicidal thoughts quickly. I don't have those.",
        # Someone else's accident, overdoses seen at work, a chore, a trip.
        "My brother died of an accidental fentanyl overdose two years ago.",
        "I'm an ER nurse, I see overdoses at work all the time.",
        "I'm a high school teacher, killing myself grading papers this week haha.",
        "I'm going to be out of town, so I won't be around next week.",
        # Someone else's attempt, long over and told as a recommendation (a death by suicide stays flagged).
        "My friend attempted suicide years ago and is doing great now. She recommended your clinic.",
    ],
)
def test_answered_denials_work_and_other_peoples_pasts_are_not_flagged(message):
    assert not mentions_crisis(message)


@pytest.mark.parametrize(
    "message",
    [
        "My psychiatrist asked about suicidal thoughts and I said no, but that wasn't true.",
        "SI: denied last month, now it's back.",
        "I read that ketamine helps with suicidal thoughts. I have them every day.",
    ],
)
def test_a_denial_that_is_taken_back_or_does_not_cover_now_keeps_the_flag(message):
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
        ("SI w/ plan", "suicidal ideation with plan"),  # capitals: clinicians' shorthand
        ("Si, tengo seguro", "si, tengo seguro"),  # but Spanish "yes" stays
        ("s/h urges rn", "self harm urges right now"),
        ("hx of attempts", "history of atempts"),
        ("he says he will end his life", "i says i wil end my life"),
        ("I honestly don't know", "i dont know"),
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
