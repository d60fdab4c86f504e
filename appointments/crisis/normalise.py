"""One spelling for every message, and patterns written in it (see the package's docstring, step 1)."""

import re
import unicodedata

_NOT_A_LETTER_BEFORE, _NOT_A_LETTER_AFTER = "(?<![a-z0-9])", "(?![a-z0-9])"
_REPEATED_LETTER = re.compile(r"([a-z])\1+")


def _squeeze(text: str) -> str:
    return _REPEATED_LETTER.sub(r"\1", text)


def _whole_followers(source: str) -> str:
    """End each "(?! word|other words)" with a word boundary, so that "(?! to)" does not also refuse "tomorrow"."""
    parts, done = [], 0
    while (start := source.find("(?! ", done)) != -1:
        depth, end = 0, start
        while depth or end == start:
            depth += {"(": 1, ")": -1}.get(source[end], 0)
            end += 1
        parts.append(source[done : end - 1] + _NOT_A_LETTER_AFTER)
        done = end - 1
    return "".join(parts) + source[done:]


def compile_words(*alternatives: str) -> re.Pattern[str]:
    """One pattern matching whole words, squeezed as the message is (see the module's docstring)."""
    # Squeezing "\\bb" would break the escape: the patterns are plain text, with no backslashes at all.
    if any("\\" in alternative for alternative in alternatives):
        raise ValueError("crisis patterns are written without backslashes")
    source = _whole_followers(_squeeze("|".join(f"(?:{alternative})" for alternative in alternatives)))
    return re.compile(f"{_NOT_A_LETTER_BEFORE}(?:{source}){_NOT_A_LETTER_AFTER}")


# Building blocks shared by several patterns.
CLAUSE_ENDS = " ?[.!?,;:]| ?$"
END = f"(?={CLAUSE_ENDS})"  # the end of a clause: "I have a plan." but not "I have a plan through my employer"
NEAR = "[^.!?;]{0,40}"  # a few words further on in the same sentence

# The message is rewritten by these, in order, once apostrophes and repeated letters are gone.
_SPELLINGS = [
    (compile_words(pattern), _squeeze(replacement))
    for pattern, replacement in [
        # Contractions, with or without their apostrophe, to one form.
        ("do not", "dont"), ("cannot|can not|cnt|carnt", "cant"), ("i am|iam|i m", "im"), ("ive", "i have"),
        ("i would", "id"), ("will not", "wont"), ("would not", "wouldnt"), ("could not", "couldnt"),
        ("did not", "didnt"), ("does not", "doesnt"), ("is not", "isnt"), ("was not", "wasnt"),
        ("have not", "havent"), ("what is", "whats"), ("there is", "theres"), ("it is", "its"),
        # Text-speak.
        ("wanna|wana|wna", "want to"), ("gonna|gunna|gna", "going to"), ("wnt|wnat|whant", "want"),
        ("(?<=[a-z] )2(?= [a-z])", "to"), ("(?<=[a-z] )4(?= [a-z])", "for"), ("u", "you"), ("b", "be"), ("n", "and"),
        ("wud|wld", "would"), ("w o", "without"), ("tonite|2nite", "tonight"), ("nobody|noone|no body|no 1", "no one"),
        ("every ?1|every one|everybody|evryone", "everyone"), ("any more|anymor|any mor|no more", "anymore"),
        ("kms", "kill myself"), ("kmn", "kill myself now"), ("sewer ?slide|self ?delete", "suicide"),
        ("sh ?ing|sh ?ed", "self harming"), ("an od", "an overdose"), ("od on", "overdose on"), ("oding", "overdosing"),
        ("(liv|go|try|think|cut|end|kil|dy|hurt|plan|wak|slep|hang|want|feel|giv)in", r"\1ing"),  # "livin", "killin"
        # Misspellings.
        ("dieing|dyeing", "dying"), ("dye|dy", "die"), ("ded", "dead"), ("lyfe?|lif", "life"), ("liv", "live"),
        ("livng|livig|lving", "living"), ("exsist|exisit|exsit", "exist"), ("hopless|hopeles", "hopeless"),
        ("burdon|burdan|burdun", "burden"), ("kll", "kill"), ("slef", "self"), ("selfharm|slefharm", "self harm"),
        ("my self(?! (?:harm[a-z]*|injur[a-z]*|hate|esteem|worth|care|confidence|image|doubt))|myslef|mysef|mysel|"
         "myselfe|meself|mself|myslf|mysefl", "myself"),
        # "suicde", "sucidal", "suiside", "suicidial": su, a vowel or two, c or s, d...; but not "succeed".
        ("su[aeiy]{0,2}[cs][aiy]{0,2}d[a-z]*l[a-z]*", "suicidal"), ("su[aeiy]{0,2}[cs][aiy]{0,2}d[a-km-z]*", "suicide"),
        # Someone writing for a son, a wife, a parent: "she wishes she were dead", "he has a plan to end his life".
        ("himself|herself|themselves|themself", "myself"), ("(?:his|her|their) (?:own )?life", "my life"),
        ("(?:he|she|they) (?:was|were)", "i was"), ("(?:he|she|they) (?:is|are)|hes|shes|theyre", "im"),
        ("(?:he|she|they) (?:doesnt|dont)", "i dont"), ("(?:hell|shell|theyll)(?= be)", "ill"),
        ("(?:he|she|they) (?:has|have)", "i have"),
        ("(?:he|she|they)(?= (?:will|would|wants|wanted|wishes|wished|says|said|keeps|kept|talks|talked|thinks|"
         "thought|feels|felt|tried|tries|cut|cuts|took|takes|sleeps|slept|gave|gives|asked|cant|couldnt|hopes|"
         "plans|planned|bought|hid|hides|left|wrote|told|texted|might|may|should|had))", "i"),
        # Clinical and chat shorthand: "hx of attempts", "urges bad rn".
        ("hx", "history"), ("rn", "right now"), ("pls|plz|plss", "please"), ("tmrw|tmr|tomoro|tomorow", "tomorrow"),
        ("idk", "i dont know"), ("smth|sth", "something"), ("bc|cuz|coz", "because"), ("abt", "about"),
        ("(passive|active|having|have|had|having some|current|chronic|increased|increasing|worsening|ongoing|"
         "of|history) si", r"\1 suicidal ideation"),
        ("si(?= (?:with|w|has|is|was|been|bad|worse|again|thoughts|urges|plan|intent|every|getting|today|tonight|"
         "lately|daily|right now|is back))", "suicidal ideation"),
        # Words that only soften: "I honestly don't see the point" reads as "I don't see the point".
        ("honestly|literally|actually|seriously|truly|genuinely|basically|kinda|kind of|sort of|sorta|ngl|tbh|tbf|"
         "to be honest|if im honest|to be fair", ""),
    ]
]  # fmt: skip
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "&": " and ", "-": " ", "_": " "})
_OVERDOSED = re.compile(r"\bod(?:'?e?d|'s)\b")  # "od'd", before apostrophes go: without one it would read "odd"
# "off myself" squeezed would read "of myself" ("proud of myself"): only the verb becomes "kill myself".
_OFF_MYSELF = re.compile(r"\b(to|gonna|wanna|ll|ill|should|might|just|will|could|going) of{2,} (?=my ?self)")
_NOOSE = re.compile(r"\bno{2,}s")  # squeezed, "noose" would read "nose": it is spelled "hangnoose" instead
_LEET = re.compile(r"(?<=[a-z])[1!30$@](?=[a-z])")  # "su1c1de", "k!ll"
_LEET_LETTERS = str.maketrans("1!30$@", "iieosa")
_APOSTROPHE_IN_WORD = re.compile(r"(?<=[a-z])'(?=[a-z])")
_ANYTHING_ELSE = re.compile(r"[^a-z0-9.,!?;: ]+")
# Shorthand with a slash, before the slash goes: "s/h urges", "denies s/i", "h/o overdose".
_SLASHED = [
    (re.compile(r"\bs ?/ ?h\b"), " self harm "),
    (re.compile(r"\bs ?/ ?i\b"), " suicidal ideation "),
    (re.compile(r"\bh ?/ ?o\b"), " history of "),
    (re.compile(r"\bw ?/ ?o\b"), " without "),
    (re.compile(r"\bw ?/ ?(?=[a-z])"), " with "),
]
# Clinicians' capitals: "SI with plan", "SH again". Only in capitals, and not in a message written all in
# capitals, where "SI" may be Spanish for "yes".
_CLINICAL_CAPITALS = [
    (re.compile(r"\bSI\b"), "suicidal ideation"),
    (re.compile(r"\bSH\b"), "self harm"),
    (re.compile(r"\bSIB\b"), "self injurious behaviour"),
]


def _spell_out_shorthand(text: str) -> str:
    if text != text.upper():
        for pattern, meaning in _CLINICAL_CAPITALS:
            text = pattern.sub(meaning, text)
    text = text.lower()
    for pattern, meaning in _SLASHED:
        text = pattern.sub(meaning, text)
    return text


def normalise(text: str) -> str:
    """The message in the one spelling the patterns are written for (see the module's docstring)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _NOOSE.sub("hangnoos", _OVERDOSED.sub("overdosed", _spell_out_shorthand(text).translate(_QUOTES)))
    text = _OFF_MYSELF.sub(r"\1 kill ", text)
    text = _LEET.sub(lambda match: match[0].translate(_LEET_LETTERS), text)
    text = " ".join(_squeeze(_ANYTHING_ELSE.sub(" ", _APOSTROPHE_IN_WORD.sub("", text))).split())
    for pattern, replacement in _SPELLINGS:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())
