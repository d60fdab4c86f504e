"""The crisis detector against its corpus (tests/appointments/crisis_corpus/): the figures issue 18 asks for.

`make crisis-report` prints the same figures with every miss and false alarm.
"""

from appointments.crisis import normalise

from .crisis_report import MAX_FALSE_ALARMS, MIN_RECALL, load, report, score


def test_at_least_98_percent_of_the_crisis_corpus_is_flagged():
    crisis = score(load("crisis"), should_flag=True)

    missed = "\n".join(crisis.wrong)
    assert crisis.share_flagged >= MIN_RECALL, f"recall {crisis.share_flagged:.1%}; missed:\n{missed}"


def test_at_most_3_percent_of_the_benign_corpus_is_flagged():
    benign = score(load("benign"), should_flag=False)

    false_alarms = "\n".join(benign.wrong)
    assert benign.share_flagged <= MAX_FALSE_ALARMS, f"false alarms {benign.share_flagged:.1%}:\n{false_alarms}"


def test_every_doubtful_message_is_flagged_on_purpose():
    assert score(load("flagged_on_purpose"), should_flag=True).wrong == []


def test_the_corpus_is_as_large_as_the_issue_asks_and_says_each_thing_once():
    crisis, benign, doubtful = load("crisis"), load("benign"), load("flagged_on_purpose")
    everything = [message.lower() for message in crisis + benign + doubtful]
    # Spelling variants ("i wanna kms", "i want to kil myself") read the same on purpose, but only within one file.
    crisis_spellings, benign_spellings, doubtful_spellings = (
        {normalise(message) for message in messages} for messages in (crisis, benign, doubtful)
    )

    assert len(crisis) >= 300
    assert len(benign) >= 150
    assert len(everything) == len(set(everything))
    assert not crisis_spellings & benign_spellings
    assert not doubtful_spellings & (crisis_spellings | benign_spellings)


def test_the_report_prints_both_figures_and_passes():
    text, passed = report()

    assert "Recall on crisis.txt:" in text
    assert "False alarms on benign.txt:" in text
    assert passed
