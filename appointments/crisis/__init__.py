"""Spotting crisis language in what a patient writes, so staff see it first and the patient sees 988.

The package decides in four steps, one module each:

1. `normalise` rewrites the message into one spelling: lower case, no accents, apostrophes dropped
   ("don't", "dont" and "do not" all become "dont"), text-speak and clinical shorthand spelled out ("kms",
   "wanna", "SI w/ plan", "s/h", "hx"), common misspellings corrected ("suicde", "myslef"), words that only
   soften dropped ("honestly", "literally"), someone else's "he says he will" read as "I will", and every
   run of a repeated letter squeezed to one ("killll", "kil" and "kill" all become "kil"). The patterns are
   squeezed the same way when compiled (`compile_words`), so they are written in plain English.
2. `negation` sets aside figures of speech ("killing myself at work", "cut myself shaving", "I see
   overdoses at work") and negations ("I'm not suicidal", "SI: denied", "asked about suicidal thoughts and
   I said no"). A negation lowers the flag only when nothing else in the message is a sign: "I'm not
   suicidal but I don't want to live anymore" is still flagged by its second half.
3. `signs` searches each group of SIGNS in what is left. The groups follow the questions of the Columbia
   Suicide Severity Rating Scale (C-SSRS) screener and 988's warning signs (`thoughts`, `behaviour`,
   `warning_signs`), with the shared words in `vocabulary`.
4. `combinations` is the safety-first fallback: hints too weak to flag alone ("I'm ready to go", "my dog has
   a new home", "a bottle of pills") flag when two kinds meet in one message.

Broad on purpose: a false alarm costs a colleague a minute; a missed one can cost a life. The one
exception is a named physical symptom ("I want the pain to end", "I can't go on like this with the
migraines"): at a pain clinic that is why people write, and it is not flagged on its own.
tests/appointments/crisis_corpus/ holds the phrasings this is measured on (`make crisis-report`).
"""

from .combinations import hints_together
from .negation import set_aside
from .normalise import normalise
from .signs import SIGNS

__all__ = ["WEAKER_SIGNS", "crisis_signs", "mentions_crisis", "normalise"]

WEAKER_SIGNS = "weaker signs together"


def crisis_signs(text: str) -> list[str]:
    """The kinds of crisis sign in the message, named for staff: SIGNS' keys in that order, then WEAKER_SIGNS when
    hints of two kinds meet (appointments/crisis/combinations.py); [] for none."""
    remaining = set_aside(normalise(text))
    signs = [name for name, pattern in SIGNS.items() if pattern.search(remaining)]
    return [*signs, WEAKER_SIGNS] if hints_together(remaining) else signs


def mentions_crisis(text: str) -> bool:
    return bool(crisis_signs(text))
