"""The signs of crisis, in named groups (the package's step 3), in the order staff are told them."""

import re

from .behaviour import INTENT_PLAN_OR_MEANS, SELF_HARM
from .thoughts import TALK_OF_SUICIDE, VEILED_TALK_OF_DYING, WISH_TO_BE_DEAD
from .warning_signs import HOPELESSNESS_OR_BURDEN, SAYING_GOODBYE

SIGNS: dict[str, re.Pattern[str]] = {
    "wish to be dead": WISH_TO_BE_DEAD,
    "talk of suicide": TALK_OF_SUICIDE,
    "intent, plan or means": INTENT_PLAN_OR_MEANS,
    "self-harm": SELF_HARM,
    "hopelessness or burden": HOPELESSNESS_OR_BURDEN,
    "saying goodbye": SAYING_GOODBYE,
    "veiled talk of dying": VEILED_TALK_OF_DYING,
}
