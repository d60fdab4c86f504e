import pytest

from appointments.crisis import mentions_crisis


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
