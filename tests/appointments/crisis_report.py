"""How well `appointments.crisis` does on its corpus: `make crisis-report` prints this, the tests assert it.

Recall is the share of crisis.txt that is flagged (the issue asks for at least 98 %); false alarms are the
share of benign.txt that is flagged (at most 3 %). flagged_on_purpose.txt holds doubtful messages that must
all be flagged and count in neither figure. Exits 1 when a figure misses its bar, so CI could run it too.
"""

import sys
from dataclasses import dataclass
from pathlib import Path

from appointments.crisis import crisis_signs, mentions_crisis

CORPUS = Path(__file__).parent / "crisis_corpus"
MIN_RECALL, MAX_FALSE_ALARMS = 0.98, 0.03


def load(name: str) -> list[str]:
    """The messages in crisis_corpus/<name>.txt: one a line, without blank lines and # comments."""
    lines = (CORPUS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@dataclass(frozen=True)
class Result:
    """How many of a set's messages were flagged, and the ones on the wrong side."""

    total: int
    flagged: int
    wrong: list[str]  # the misses of a set that should be flagged, the false alarms of one that should not

    @property
    def share_flagged(self) -> float:
        return self.flagged / self.total if self.total else 0.0


def score(messages: list[str], *, should_flag: bool) -> Result:
    flags = [mentions_crisis(message) for message in messages]
    wrong = [message for message, flagged in zip(messages, flags, strict=True) if flagged is not should_flag]
    return Result(total=len(messages), flagged=sum(flags), wrong=wrong)


def _listed(message: str) -> str:
    # A false alarm names the signs it was taken for, so that the pattern to narrow is easy to find.
    signs = crisis_signs(message)
    return f"  - {message}  [{', '.join(signs)}]" if signs else f"  - {message}"


def report() -> tuple[str, bool]:
    """The report's text, and whether both figures meet the issue's bars."""
    crisis, benign = score(load("crisis"), should_flag=True), score(load("benign"), should_flag=False)
    on_purpose = score(load("flagged_on_purpose"), should_flag=True)
    passed = crisis.share_flagged >= MIN_RECALL and benign.share_flagged <= MAX_FALSE_ALARMS and not on_purpose.wrong
    lines = [
        f"Recall on crisis.txt:        {crisis.flagged}/{crisis.total} flagged = {crisis.share_flagged:.1%} "
        f"(at least {MIN_RECALL:.0%}); {len(crisis.wrong)} missed",
        f"False alarms on benign.txt:  {benign.flagged}/{benign.total} flagged = {benign.share_flagged:.1%} "
        f"(at most {MAX_FALSE_ALARMS:.0%})",
        f"flagged_on_purpose.txt:      {on_purpose.flagged}/{on_purpose.total} flagged (all must be)",
    ]
    for title, messages in [
        ("Missed (crisis.txt)", crisis.wrong),
        ("False alarms (benign.txt)", benign.wrong),
        ("Not flagged (flagged_on_purpose.txt)", on_purpose.wrong),
    ]:
        lines.append(f"\n{title}: {len(messages) or 'none'}")
        lines += [_listed(message) for message in messages]
    lines.append("\nPASS" if passed else "\nFAIL: a figure misses its bar (above)")
    return "\n".join(lines), passed


def main() -> int:
    text, passed = report()
    print(text)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
