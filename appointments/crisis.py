"""Spotting crisis language in what a patient writes, so staff see it first and the patient sees 988."""

import re

# Phrases that suggest thoughts of suicide or self-harm. Broad on purpose: a false alarm costs
# a colleague a minute; a missed one can cost a life.
CRISIS_PATTERNS = [
    r"\bsuicid\w*",
    r"\bkill(ing)?\s+my\s?self\b",
    r"\bend(ing)?\s+(it\s+all|my\s+(own\s+)?life)\b",
    r"\btak(e|ing)\s+my\s+(own\s+)?life\b",
    r"\b(want|wanted|wish|wishing)\s+(to\s+)?(be\s+)?dead\b",
    r"\bwant(ed)?\s+to\s+die\b",
    r"\b(wish|wishing)\s+(that\s+)?i\s+(was|were)\s+dead\b",
    r"\bbetter\s+off\s+(if\s+i\s+(was|were)\s+)?dead\b",
    r"\bno\s+reason\s+to\s+(live|go\s+on)\b",
    r"\bself[\s-]?harm\w*",
    r"\b(hurt|hurting|harm|harming|cut|cutting)\s+my\s?self\b",
    r"\boverdos\w*",
]
_CRISIS = re.compile("|".join(CRISIS_PATTERNS), re.IGNORECASE)


def mentions_crisis(text: str) -> bool:
    return bool(_CRISIS.search(" ".join(text.split())))
