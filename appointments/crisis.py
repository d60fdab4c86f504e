"""Spotting crisis language in what a patient writes, so staff see it first and the patient sees 988.

One module decides, in three steps:

1. `normalise()` rewrites the message into one spelling: lower case, no accents, apostrophes dropped
   ("don't", "dont" and "do not" all become "dont"), text-speak spelled out ("kms", "wanna", "want 2"),
   common misspellings corrected ("suicde", "myslef"), and every run of a repeated letter squeezed to
   one ("killll", "kil" and "kill" all become "kil"). The patterns are squeezed the same way when
   compiled (`_compile`), so they are written below in plain English.
2. Figures of speech ("killing myself at work", "cut myself shaving", "suicide headaches") and
   negations ("I'm not suicidal", "no thoughts of self-harm") are set aside. A negation lowers the
   flag only when nothing else in the message is a sign: "I'm not suicidal but I don't want to live
   anymore" is still flagged by its second half.
3. Each group of SIGNS is searched in what is left. The groups follow the questions of the Columbia
   Suicide Severity Rating Scale (C-SSRS) screener and 988's warning signs.

Broad on purpose: a false alarm costs a colleague a minute; a missed one can cost a life. The one
exception is a named physical symptom ("I want the pain to end", "I can't go on like this with the
migraines"): at a pain clinic that is why people write, and it is not flagged on its own.
tests/appointments/crisis_corpus/ holds the phrasings this is measured on (`make crisis-report`).
"""

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


def _compile(*alternatives: str) -> re.Pattern[str]:
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
ADVERBS = (
    "(?:(?:just|really|honestly|actually|sometimes|often|kind of|literally|seriously|truly|so|simply|still|even|"
    "secretly|almost|always|already|now) ){0,3}"
)
WANTING = (
    "(?:wants?|wanted|wanting|wish|wishes|wished|wishing|would like|id like|needs?|hopes?|hoped|hoping|longs?|longing|"
    "prays?|prayed|praying|ready|tempted|desperate|deserve|rather|would rather|id rather)"
)
PAIN = (  # named physical symptoms: "I can't go on like this with the migraines" is not flagged on its own
    "(?:the |these |this |my |all the |all these |all this |those |that )?(?:constant |daily |chronic |physical |"
    "nerve )?(?:pain|migraines?|headaches?|cluster headaches?|clusters|attacks?|side effects|nausea|symptoms|aura|"
    "pressure|aches?|flares?|fibro|fibromyalgia|arthritis|back pain|neck pain|neuropathy|sciatica|insomnia|waiting|"
    "insurance|meds|medications?)"
)
# ...and what follows one: "I can't live like this much longer with the pain" is not flagged on its own either.
PAIN_AFTER = (
    "(?!(?: like this| this way)?(?: (?:much|any) longer| anymore| forever)?,? (?:with|because of|from) "
    f"{PAIN}(?![a-z]))"
)
PILLS = (
    "(?:[a-z]+ )?(?:pills|meds|medications?|medicine|tablets|painkillers|pain killers|sleeping pills|sleeping tablets|"
    "opioids|oxys?|oxycodone|percocets?|vicodin|tramadol|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|"
    "insulin|xanax|ambien|benzos|klonopin|lithium|antidepressants|prescriptions?|triptans|gabapentin|morphine|"
    "fentanyl|seroquel)"
)
FAMILY = (
    "(?:family|kids|children|husband|wife|partner|parents|mom|mum|dad|mother|father|sister|brother|son|daughter|"
    "friends|everyone|loved ones|boyfriend|girlfriend)"
)
GUN = "(?:gun|pistol|handgun|firearm|revolver|shotgun|rifle|glock)s?"
# "I hope I don't wake up", but not "I hope I don't wake up with a migraine".
WAKE_UNLESS = (
    "(?! (?:with|at [a-z0-9]+|early|during|feeling|tired|sore|because|every|so|from|before|sick|nauseous|dizzy|"
    "crying|screaming|to|in (?:pain|agony|a sweat|tears|the night|the middle)|throughout))"
)
# "I feel hopeless" is a sign; "I feel hopeless about finding a doctor" or "trapped at home on migraine days" is not.
QUALIFIED = (
    "(?! (?:at (?:work|home|my job|school)|about (?:finding|getting|the|my|insurance|treatment|doctors|ever)|"
    "after (?:a|the|each|every|my)|during|when (?:a|the|i have|my|it)|because of|with (?:my|the) (?:job|boss|work|"
    "insurance)|in (?:my|this|the) (?:job|house|marriage|relationship|contract)))"
)

# The message is rewritten by these, in order, once apostrophes and repeated letters are gone.
_SPELLINGS = [
    (_compile(pattern), _squeeze(replacement))
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
        ("(?:he|she|they) (?:was|were)", "i was"), ("(?:he|she|they) (?:is|are)", "im"),
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


def normalise(text: str) -> str:
    """The message in the one spelling the patterns are written for (see the module's docstring)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _NOOSE.sub("hangnoos", _OVERDOSED.sub("overdosed", text.lower().translate(_QUOTES)))
    text = _OFF_MYSELF.sub(r"\1 kill ", text)
    text = _LEET.sub(lambda match: match[0].translate(_LEET_LETTERS), text)
    text = " ".join(_squeeze(_ANYTHING_ELSE.sub(" ", _APOSTROPHE_IN_WORD.sub("", text))).split())
    for pattern, replacement in _SPELLINGS:
        text = pattern.sub(replacement, text)
    return text


# Everyday uses of alarming words, set aside before the signs are looked for.
FIGURES_OF_SPEECH = _compile(
    "suicide (?:headaches?|migraines?|disease)",  # cluster headache's nickname
    "(?:killing|kill|killed) myself (?:at|with|over) (?:work|the gym|gym|overtime|my job|practice|school|studying)",
    "(?:killing|kill|killed) myself (?:working|trying|studying|laughing|to (?:get|make|keep|finish|meet|pay|catch|be))",
    # Accidents: "cut myself shaving", "burned my hand on the stove", "hurt myself at the gym".
    "(?:cut|cutting|burned|burnt|burn|burning|hurt|hurting|injured|injure|harmed|hit|scratched|bruised) "
    "(?:myself|my [a-z]+) (?:shaving|cooking|gardening|chopping|slicing|ironing|baking|on (?:a|an|the|some|my|broken|"
    "sharp|hot) [a-z]+|by accident|accidentally|while [a-z]+|when i (?:fell|tripped|slipped|was)|in (?:a|the) "
    "(?:fall|kitchen|accident|garden|crash)|at (?:work|the gym|practice|home)|playing|lifting|running|working out|"
    "exercising|falling|skiing|hiking|moving)",
    "(?:accidentally|by accident) (?:cut|burned|burnt|hurt|injured|scratched) (?:myself|my)",
    "cut(?:ting)? myself off|burn(?:ing|ed|t)? myself out|shoot(?:ing)? myself in the foot",
    "(?:hang|hanging) (?:myself )?upside down",  # an inversion table, for back pain
    "throw(?:ing)? myself into (?:my |the )?(?:work|job|it|this|studies|treatment|therapy|projects?|hobbies)",
    "(?:die|dies|dying|died|dyed) (?:my |her |his |our |the |their )?(?:hair|beard|eyebrows|roots|clothes|shirt|"
    "fabric)",
    "overdos[a-z]* (?:on|of) (?:caffeine|coffee|espresso|sugar|chocolate|vitamins?|sunshine|sun|netflix|tv|candy)",
    "(?:caffeine|coffee|espresso|sugar|chocolate|vitamin) overdos[a-z]*",
    # Safety questions about the treatment: "is there a risk of overdose with ketamine?"
    "(?:risks?|dangers?|chances?|possibility|likelihood|odds) (?:of|for) (?:an )?(?:accidental )?overdos[a-z]*",
    "overdose (?:risks?|dangers?|potential)",
    "(?:can|could|do|does) (?:you|one|someone|a person|people|patients|anyone|i) (?:accidentally )?overdos[a-z]* "
    "(?:on|with|from) (?:ketamine|it|this|spravato|esketamine|the (?:treatment|infusions?|nasal spray|medication))",
    f"(?:is it|its) (?:possible|easy|hard|common) to (?:accidentally )?overdose (?:on|with) [a-z]+{END}",
    f"(?:can|could) (?:you|one|someone|a person|people) (?:accidentally )?overdose (?:on|with) [a-z]+{END}",
    "(?:is it|its) (?:possible|easy|hard) to (?:accidentally )?overdos[a-z]*(?: on| with)? "
    "(?:ketamine|it|this|spravato|esketamine|the (?:treatment|infusions?|nasal spray))",
    # Fear of not waking up from the infusion is not a wish not to.
    "(?:afraid|scared|worried|fear|fearful|terrified|anxious|nervous|panic|panicking)(?: about| of| that)? "
    "(?:(?:i|ill|i will|i might) )?(?:not|never) (?:waking|wake) up",
    "what if i (?:dont|never) wake up",
    "(?:say|saying|said|bid|kiss) goodbye to (?:(?:my|these|the|those|all|daily|constant|chronic|endless|all my|"
    "all the|all these) ){0,3}(?:[a-z]+ )?(?:pain|migraines?|headaches?|depression|anxiety|brain fog|ocd|ptsd|"
    "panic(?: attacks)?|nightmares|suffering|days|nights|symptoms|meds|medications?|pills|opioids|triptans|"
    "side effects|attacks|flares|insomnia|fatigue|stress|worries|worry)",
    "(?:say|saying|said) goodbye to (?:my |our )?(?:dog|cat|pet|horse|puppy|kitty|old [a-z]+)",
)

# "I'm not suicidal", "no thoughts of self-harm or suicide", "I would never hurt myself". The list of what is
# denied is matched atomically, so "no suicidal thoughts until now" cannot shrink to "no suicidal" to dodge the
# "until" at the end; longer forms come first for the same reason.
NEGATABLE = (
    "suicidality|self harming|self harmed|(?:suicidal|suicide|self harm|self injury|homicidal)(?: (?:thoughts?|"
    "ideation|ideations|feelings?|intent|intentions?|plans?|behaviou?rs?|urges|tendencies|ideas|attempts?|history|"
    "risk))?|attempts|overdoses?|a (?:danger|risk|threat) to (?:myself or others|myself|anyone|others)|"
    "at risk (?:of|for) (?:suicide|self harm|harming myself)|"
    "(?:thoughts?|urges?|intent|intention|plans?|desire|wish) (?:of|about|to) (?:suicide|self harm|harming myself|"
    "hurting myself|killing myself|ending my life|ending it|death|dying|wanting to die|taking my life|die|"
    "hurt myself|harm myself|kill myself|end my life|cut myself)|"
    "history of (?:suicide attempts|suicide|self harm|suicidal [a-z]+|attempts|overdoses?|overdosing|cutting)|"
    "attempted suicide|tried to kill myself|attempted|hurt myself|harmed myself|cut myself|been suicidal|felt suicidal|"
    "si|hi"
)
_DENIED = f"(?>(?:{NEGATABLE})(?:(?:,? (?:or|and|nor)|,) (?:any )?(?:{NEGATABLE})){{0,3}})"
NEGATIONS = _compile(
    # A negation that someone doubts is not one: "I can't say I'm not suicidal" (crisis_signs keeps it).
    "(?P<doubted>(?:cant|couldnt|wouldnt|not sure|unsure|dont know|no idea|pretend|pretending|lied|lie|lying|claim)"
    "(?: [a-z]+){0,3} )?(?:(?:no|not any|never any|zero|without any|without|denies|deny|denied|dont have any|dont have|"
    "havent had any|havent had|not had any|not had|never had any|never had|not having any|not having|free of|free from)"
    f"(?: (?:current|recent|past|prior|previous|ongoing|serious|any|ever)){{0,2}} {_DENIED}"
    "|(?:not|never been|never felt|never|isnt|wasnt ever|havent been|not been|dont feel|didnt feel|never feel|"
    f"in no way|not feeling) (?:at all |ever )?{_DENIED}"
    f"|never (?:attempted|tried|considered|contemplated|thought about|thought of) {_DENIED}"
    "|(?:never|not once|not ever|dont|didnt|have never|would never|will never|could never|wouldnt|wont) "
    "(?:ever )?(?:wanted|want|wish|wished|tried|try|attempted|thought about|considered|planned|intended|been tempted|"
    "felt the urge|felt like|had the urge|had thoughts) (?:to )?(?:hurt|harm|kill|cut|injure|end|take) "
    "(?:myself|my (?:own )?life|it all)|(?:would|will|could|id|ill) never (?:hurt|harm|kill|cut|injure|"
    "do anything to (?:hurt|harm)) myself|(?:would|will|could) never (?:take|end) my (?:own )?life"
    "|(?:never|havent|hadnt|didnt|not) (?:ever )?(?:hurt|harmed|cut|injured|burned|burnt) myself"
    "|(?:dont|never|didnt|dont ever|never ever) (?:want|wanted|wish|wished) to (?:die|be dead)"
    "|(?:not|never) (?:going|planning|trying|wanting|looking) to (?:hurt|harm|kill|end) (?:myself|my life)"
    "|(?:dont|never) plan (?:on|to) (?:hurting|harming|killing|hurt|harm|kill) myself"
    "|not (?:thinking|thought) (?:about|of) (?:suicide|killing myself|hurting myself|harming myself|"
    "ending (?:it|my life)|dying|self harm)|(?:suicide|self harm|self harming|suicidal thoughts|suicidal ideation|"
    "killing myself|hurting myself) (?:is |are |has |have )?(?:not|never been|never) (?:an issue|a concern|a problem|"
    "something i have considered|crossed my mind)|not (?:ready|going|willing|about) to give up"
    # ...unless what follows takes it back: "not suicidal yet", "never had these thoughts until this winter".
    ")(?! (?:yet|anymore|right now|at the moment|today|most days|usually|mostly|per se|as such|until|till|before|"
    "but now|but lately|up to now|up until))"
)

SIGNS: dict[str, re.Pattern[str]] = {
    # C-SSRS 1: "Have you wished you were dead or wished you could go to sleep and not wake up?"
    "wish to be dead": _compile(
        # Wanting to die, to be dead, not to exist.
        f"{WANTING} (?:to |i |i could |i would |i can |that i |that i could |id |i might |if i could )?{ADVERBS}"
        "(?:die|be dead|stop living|stop existing|not exist|not be alive|not be here|not be around|be gone|"
        "cease to exist|not wake up|not to wake up|disappear|vanish)(?! (?:down|off|out|of (?:embarrassment|laughter|"
        "boredom)|for a|for the|from (?:work|social)|into|under))",
        "(?:like|nice|easier|peaceful|better|what it would be like) to (?:just )?(?:not exist|not be here|not be alive|"
        "die|be dead|not wake up)",
        f"{WANTING} (?:to )?{ADVERBS}(?:stop breathing|stop my heart|leave this (?:world|earth|life)|"
        "not be in this world|be at peace forever|rest forever|be gone forever)",
        "(?:wish|wishes|wished|wishing|hope|hoping|want|rather|sometimes wish) (?:i|that i) (?:was|were|had been|"
        "could be|would be) (?:already )?(?:dead|gone|not alive|not here|not around|never born)",
        "(?:wish|wished|wishing|hope|hoping|rather) (?:i|that i) (?:wasnt|werent) (?:here|around|alive|born)",
        "(?:wish|wished|wishing) (?:i|id|i had|i would have) (?:never|not|hadnt) (?:been born|born|existed|exist)",
        "(?:wish|wished|wishing) i (?:didnt|did not|couldnt|could not|wasnt|was not) (?:exist|born)",
        "should(?:nt| not| never) have been born",
        "(?:better off|might as well be|may as well be|should be|id be better) dead|worth more dead",
        "(?:should|ought to) (?:just )?(?:die|be dead|not be alive|not be here|not exist|never have been born)",
        "(?:ill|id|i will|i would|i might|im going to|i am going to) be dead(?! (?:tired|on my feet|set|serious))",
        "(?:ill|id|i will|i would|im going to) be gone (?:by|before) (?:christmas|the holidays|the end of the (?:year|"
        "month)|my birthday|next (?:year|month|week))|(?:ill|id|i will|i would) be gone if (?:nothing|this|ketamine|"
        "it)",
        "(?:easier|better|simpler|best) (?:to|if i) (?:just )?(?:not be here|not exist|disappear|die|be dead|"
        "not be alive|end it|not wake up|not be around)",
        "(?:i (?:could|would|should|might|will|want to|wish i could)|id|ill) (?:just )?(?:disappear|vanish)"
        "(?! (?:for a|from (?:work|social)|into))",
        "(?:leave|leaving|left|depart|departing|exit|exiting) (?:this world|this earth|this life)",
        f"{WANTING} to (?:be with|join|see|reunite with) [a-z ]{{0,20}}(?:in heaven|on the other side|up there)|"
        "(?:be with|join|reunite with) my (?:late|dead|deceased) [a-z]+",
        "(?:ask|asking|asked|beg|begging|begged|pray|praying|prayed|want|wish) (?:god |someone |somebody |"
        "the universe |him )?to (?:just )?(?:let me die|take me|kill me)|(?:just|please) let me die",
        "waiting (?:to die|for death|for the end(?! of))|(?:praying|pray|prayed|wishing|hoping|longing|"
        "waiting) for death",
        "death wish|welcome death|want death|long for death|eternal sleep|permanent (?:solution|way out|sleep)|"
        "dark thoughts",
        # Wishing something would kill me.
        f"(?:hope|hoping|wish|wishing|pray|praying){NEAR}(?:kills|will kill|would kill|finally kills) me",
        "(?:wish|want|hope|pray|praying|begging|beg|asking|ask|wishing|would like) (?:god|someone|somebody|something|"
        "a car|a truck|a bus|the universe|cancer|this) (?:would |could |to |will |takes |took |just )?(?:just )?"
        "(?:kill|take|hit|end|run over) me",
        "(?:please|just|someone|somebody) (?:please )?kill me(?: now| already| please)?|kill me now",
        "(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:i |id |ill |i will |i would |a car |a truck |a bus |"
        "something )(?:just )?(?:crash|get hit|hits me|get into an accident|dont make it|wont make it|dont survive|"
        "die in my sleep|never come back)(?! (?:on time|in time|late))",
        # Not wanting to live, or to go on.
        "(?:dont|no longer|dont really|dont even|dont think i|not sure i|dont know if i) (?:want|wish|feel like|"
        "care) to (?:be alive|exist|keep living|stay alive|go on living|be in this world|be on this earth|"
        f"live anymore|wake up{WAKE_UNLESS})",
        "(?:dont|no longer|dont really|dont even|dont think i|not sure i) want to live(?! (?:with|in|near|at|on|there|"
        f"alone|together|far|close|somewhere|abroad|nearby|here|a |an |like that|to see)){PAIN_AFTER}",
        "(?:dont|no longer) want to live with (?:this|it|myself)",
        "(?:dont|no longer) (?:want|wish) to (?:keep going|go on|carry on|continue|keep living|keep fighting|"
        "try anymore)(?! (?:to|with|on|in|at|through|for))",
        "(?:dont|no longer) want to be (?:here|around)(?! (?:at|on|in|for|by|with|when|until|till|before|after|if|"
        "during|tomorrow|today|this|next|all))",
        "not wanting to (?:be here|be alive|live|exist|wake up|go on|be around)",
        f"(?:i )?(?:just )?want out(?:{END}| of (?:this life|life|everything|it all|this world))",
        "(?:tired|sick|exhausted|weary|done) (?:of|with) (?:living|life|being alive|existing|being here|being me|"
        "waking up|everything|it all|this life|my life|breathing)",
        "(?:had|have had) enough of (?:living|life|being alive|this life|everything|it all)",
        "(?:cant|couldnt) (?:bear|stand|handle|take) (?:to be alive|being alive|living|to live|existing|to exist)",
        "(?:shouldnt|should not|not meant to|wasnt meant to|dont deserve to) (?:be|stay) (?:alive|in this world|living|"
        "here|around)(?! (?:at|in|for|on|with|today|right now))",
        f"(?:dont|do not) belong (?:here|in this world|on this earth)(?: anymore)?{END}",
        "(?:life|living|my life|being alive|existence|it all|any of it|any of this|going on) (?:isnt|aint|"
        "doesnt seem|does not seem|no longer|not|just isnt|hardly seems|doesnt feel|does not feel)(?: really| even)? "
        "worth (?:it|living|anything|the (?:pain|effort|struggle|fight))(?! (?:for|to))",
        "not worth living|no longer worth living|nothing (?:is|seems) worth living for",
        f"(?:whether|if|wonder|wondering|question|questioning|doubt|doubting|unsure|not sure){NEAR}worth (?:living|"
        "staying alive|being alive|it anymore|going on)",
        f"{WANTING} (?:for )?(?:it all|everything|all of it|all of this|my life|life|this life|the world) "
        "(?:to |would |could )?(?:just )?(?:end|stop|be over)",
        f"{WANTING} (?:it (?:would|could|to) all|(?:everything|my life) (?:would|could|to)(?: all)?) (?:just )?"
        "(?:end|stop|be over)(?! (?:with|for))|want it (?:all )?(?:to )?be over",
        "make (?:it all|everything|all of it) (?:stop|end|go away)",
        # Not waking up, sleeping forever.
        "(?:wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying|want|wanted|rather|try|trying|tried|so i|"
        "so that i|fine if|ok if|okay if|"
        f"happy if|relieved if|glad if|nice if|better if|easier if|mind if){NEAR}(?:not|never|dont|wont|wouldnt|didnt|"
        f"no longer) (?:to )?(?:ever )?(?:wake|waking|woke) up{WAKE_UNLESS}",
        f"(?:not|never) (?:ever )?waking up{WAKE_UNLESS}",  # the fear of it is a figure of speech, set aside above
        "(?:go|going|went|fall|falling|fell|drift|drifting) (?:to sleep|asleep|off) (?:and|n) (?:just )?(?:never|not|"
        "dont|wont|wouldnt) (?:ever )?(?:wake|waking) up",
        f"if i (?:didnt|dont|never|wouldnt) (?:ever )?wake up{NEAR}(?:fine|ok|okay|happy|relieved|glad|wouldnt mind|"
        "wouldnt care|not mind|not care|a relief)",
        "disappointed (?:that |when |to )?(?:i )?(?:woke|wake|am still|im still) (?:up|here|alive)(?! with)",
        "(?:want|wish|wished|wishing|long|longing|hope|would love|id love) (?:i could |to |i could just |to just |"
        "to go to )?(?:go to sleep|sleep|fall asleep|drift off) (?:forever|for ever|and never wake)",
        # Not caring whether I live; death as a relief; thinking about death.
        "(?:dont|wouldnt|would not|wont) (?:care|mind) (?:if|whether|about) (?:i )?(?:die|died|dying|live or die|"
        "wake up|woke up|dont wake up|didnt wake up|wasnt here|werent here|was gone|got hit|crashed|crash|"
        "never woke up|not waking up|was dead|get hurt|get killed|got hurt|got killed|hurt myself|end up dead)",
        f"(?:wouldnt|dont|would not) (?:care|mind){NEAR}(?:and die|and died|and dying|i died|i die|dead|killed me|"
        "killed)",
        "(?:dont|wouldnt|would not) care if (?:it|this|that|they|the [a-z]+|something|someone|anything) "
        "(?:kills|killed|would kill|hurts) me",
        "wouldnt mind (?:dying|being dead|not waking up|not being here|not existing)",
        "(?:death|dying|being dead) (?:would be|seems|sounds|feels like|is) (?:a |the )?(?:relief|release|easier|"
        "better|peaceful|welcome|blessing|only way|answer|way out)",
        "(?:not waking up|not waking|dying|death|being dead|not existing|not being here|not being alive|ending it|"
        "ending it all|ending my life|sleeping forever)[a-z ,]{0,30} (?:sounds|seems|feels|would be|is|looks) "
        "(?:(?:so|really|kind of|very|more|like|almost) ){0,2}(?:peaceful|nice|good|appealing|tempting|a relief|relief|"
        "better|easier|comforting|calming|freeing|attractive|like a way out|like the answer|like the only)",
        "(?:think|thinking|thought|thoughts|obsess|obsessing|obsessed|fantasize|fantasizing|daydream|daydreaming) "
        "(?:about|of|with) (?:death|dying|my death|being dead|not being here|not being alive|not existing|"
        "not waking up)(?! (?:my|her|his) hair)",
        "(?:feel|feeling|felt) like dying(?! (?:of|from|laughing))",
        "(?:quiero|quisiera|me quiero|deseo|ganas de) morir|no quiero (?:vivir|seguir|despertar)|"
        "(?:mejor|ojala) (?:estar|estaria|estuviera) muert[oa]",
    ),
    # C-SSRS 2: "Have you actually had any thoughts of killing yourself?" Any talk of suicide, whoever's.
    "talk of suicide": _compile(
        "suicid[a-z]*|unaliv[a-z]*|delete myself|ctb|sui",
        "(?:kill|kills|killing|killed) (?:myself|me self)|(?:offing|top|topping) myself|do(?:ing)? myself in",
        # "kys" is said to others; only "I want to kys" is about oneself.
        "(?:i|im|ima|gonna|going to|want to|wanna|should|might|will|ill|just|to|about to|tempted to|ready to|may|could|"
        "lowkey|literally|finna|bout to|abt to) (?:just |finally |really |lowkey )?kys",
        "(?:end|ending|ended|take|taking|took|takes) my (?:own )?life(?! (?:back|insurance|savings))",
        "(?:end|ending|ended) (?:it all|everything|things|myself|my existence|my suffering)(?! (?:with|between|off|"
        "from|caused))",
        "(?:want|wanted|wanting|going|thinking|thought|think|plan|planning|planned|ready|decided|about|close|urge|"
        "urges|time|tempted|should|could|might|will|ill|just|considering|considered|rather) (?:to |of |"
        "about )?(?:just )?(?:end|ending) it(?! (?:with|between|off|there|early))",
        f"feel like (?:just )?ending it|ending it(?={CLAUSE_ENDS}| all| tonight| soon| now| for good| because| and|"
        " but)",
        # Thinking of a method: "thinking about jumping", "I keep imagining crashing the car".
        "(?:think|thinking|thought|thoughts|urge|urges|fantasi[sz]e|fantasi[sz]ing|imagine|imagining|dream|dreaming|"
        "picture|picturing) (?:about |of )?(?:jumping|hanging|shooting|drowning|overdosing|crashing|slitting|"
        "stepping in front|walking into traffic|not waking up|not being here|not being around|disappearing)"
        "(?! (?:in|on|into|at|for a|from|through|ship|rope|back|to conclusions|the gun|out of bed))",
        # A negation set aside (see crisis_signs), then "but I've thought about it": the "it" is what was denied.
        f"negated[ ,]{{0,4}}(?:but|though|although|yet|however){NEAR}(?:think|thinking|thought|thoughts|considered|"
        "considering|wondered|wondering|fantasi[sz]e|fantasi[sz]ing)(?: about| of)? (?:it|that|them|doing it)",
        "(?:quitarme|quitar mi) la vida|matarme|me quiero matar",
    ),
    # C-SSRS 3 to 6 (a method, intent, a plan, preparation) and 988's "making a plan or researching ways to die".
    "intent, plan or means": _compile(
        # Pills: C-SSRS's own example is "I thought about taking an overdose".
        "overdos[a-z]*",
        "(?:stockpil[a-z]*|stock piling|stock up|stocking up|stocked up|hoard[a-z]*|stash[a-z]*|save up|saved up|"
        "saving up|saving|saved|hiding|squirreling away|holding onto|holding on to|hanging onto|"
        "hanging on to) (?:up )?(?:(?:all|some|extra|enough|a lot of|my|the|of|on|of my|old|leftover|a stash of|"
        f"a supply of|a bottle of) ){{0,3}}{PILLS}",
        "(?:collect|collecting|collected) (?:up )?(?:extra |old |leftover |spare )?(?:pills|tablets|sleeping pills|"
        "painkillers)",
        "(?:collect|collecting|collected|keep|keeping|kept|gather|gathering|gathered|stock|stocking|saving|saved|"
        f"hiding|hid) (?:up )?(?:(?:all|some|extra|enough|my|the|of my|old|leftover) ){{0,3}}{PILLS} (?:to|so i can|"
        "in order to) (?:take|swallow|overdose|end|die|kill|do it|not wake up)",
        f"{PILLS} (?:saved up|saved|stashed|stashed away|hidden|hidden away|stockpiled|hoarded|put aside|set aside|"
        "squirreled away)",
        f"(?:count|counted|counting) [a-z ]{{0,15}}{PILLS}{NEAR}enough",
        "(?:take|took|taking|swallow|swallowed|swallowing|down|downing) (?:all|every one|every single one|"
        f"the rest) (?:of )?(?:my |the |those |these |her |his )?{PILLS}(?: at once| in one go| together and|"
        f" and (?:just )?(?:die|never|not|go to sleep|end it|be done)| tonight| now|{END})",
        "(?:take|taking|took|swallow|swallowing|swallowed) (?:them|it|these|those|my pills|"
        "my meds)? ?all(?: of them)? (?:at once|in one go|together and|tonight)|(?:taking|take|swallowing) (?:them|"
        f"all of them) all(?={CLAUSE_ENDS}| at once| in one go| tonight| now| and)",
        "(?:take|took|taking|swallow|swallowed|swallowing|down|downed|pop|popped) (?:the |a )?(?:whole|entire) "
        "(?:bottle|box|pack|packet)",
        f"(?:swallow|swallowed|swallowing|took|down|downed) (?:a )?(?:bottle|fistful) of {PILLS}",
        f"(?:taken|took|swallowed|take|swallow) too many (?:of )?(?:my |the )?{PILLS}(?: tonight| on purpose|"
        f" just now| to| and (?:i|im)|{END})",
        f"(?:took|taken) (?:a bunch|a lot|loads|a load|a ton|a handful) of {PILLS}(?: tonight| on purpose| just now|"
        f" to| and (?:i|im|then)|{END})",
        f"(?:swallowed|downed) (?:a bunch|a lot|loads|a load|a ton|a handful|handfuls) of {PILLS}",
        "(?:every|all the) (?:pill|pills|meds|medication|tablets) in the (?:house|cabinet|bathroom)",
        f"{PILLS}[a-z ]{{0,20}} on purpose",
        "enough [a-z ]{0,25}to (?:kill me|kill myself|die|end it|end my life|overdose|not wake up)",
        f"enough {PILLS} (?:saved |stored |left )?(?:up )?to (?:do it|end it|kill|die|overdose|not wake up)",
        "(?:lethal|fatal|deadly) (?:dose|amount|overdose|combination|mix)",
        "how (?:many|much) [a-z ]{0,30}(?:to die|to overdose|to kill (?:me|myself|a person|someone)|is lethal|is fatal|"
        "is deadly|would kill|would be fatal|would be lethal|to not wake up|to end it|to stop my heart)",
        f"how (?:many|much) {PILLS} [a-z ]{{0,20}}(?:it would take|would it take|it takes|does it take|to take){END}",
        # Guns, hanging, heights, traffic, cars.
        "(?:hang|hanging|hung|shoot|shooting|shot|drown|drowning|drowned|gas|gassing|poison|poisoning|poisoned|"
        "suffocate|suffocating|electrocute|strangle|strangling|smother|choke|choking|stab|stabbing|stabbed) myself",
        "(?:throw|throwing|threw) myself (?:off|under|in front|from|out of|into (?:traffic|the (?:river|sea|lake|"
        "ocean)))",
        "(?:drink|drinking|starve|starving) myself to death",
        "(?:bought|buy|buying|got|get|getting|purchased|purchase|have|has|own|owns|keep|keeps|loaded|load|loading|"
        "borrowed|borrow|hid|hide|holding|hold|picked up|grabbed|cleaning) (?:a |my |the |his |her |our |dads |"
        f"my dads |my husbands |my fathers |my brothers )?(?:loaded )?{GUN}",
        f"(?:a|my|the|his|dads|husbands|loaded) {GUN}{NEAR}(?:think|thinking|thought|myself|hold|holding|held|my head|"
        "my mouth|use it|using it|end it|tonight)",
        f"access to (?:a |my |the |his |her )?{GUN}|loaded {GUN}|sat [a-z ]{{0,20}}with (?:a |my |"
        f"the )?(?:loaded )?{GUN}|(?:use|using|used|turn|turning|turned) (?:it|the gun|a gun|them) on myself",
        "(?:gun|pistol|barrel) (?:to|in|against) my (?:head|mouth|temple|chest)|(?:blow|blowing) my (?:brains|head) "
        "(?:out|off)|eat a bullet|bullet (?:in|through|into) my (?:head|brain)",
        "(?:knife|blade|razor|rope|belt|cord|scissors) (?:to|against|across|around) my (?:throat|wrists?|neck|skin)",
        f"(?:have|got|has) (?:the |my )?(?:pills|rope|gun|means|note|letters?) ready|{PILLS} (?:are )?ready",
        "hangnoose[a-z]*|rope (?:around|round|to) my neck|(?:bought|buy|got|have|hid|hide|tied|tie|tying|made|making|"
        "hung|hang|hanging) (?:a |the |some )?rope",
        "(?:jump|jumping|jumped|leap|leaping) (?:off|from|of|out of|in front of) (?:a |the |my |our |that |this |some |"
        "an )?(?:[a-z]+ )?(?:bridge|building|roof|rooftop|balcony|cliff|overpass|ledge|tower|parking garage|car park|"
        "window|train|bus|truck|car|subway|metro|traffic|tall building|high building|[a-z0-9]+ (?:floor|story|storey))",
        f"(?:going to|gonna|will|ill|want to|wanna|about to|ready to|tempted to) jump{END}",
        "(?:step|stepped|stepping|walk|walked|walking|run|ran|running|lie|lay|lying|throw myself) (?:out )?"
        "(?:in front of (?:a |the |an |oncoming )?(?:train|bus|truck|car|subway|lorry)|into (?:oncoming )?traffic|"
        "(?:on|onto) the (?:train )?tracks)",
        "(?:drive|driving|drove|crash|crashing|crashed|steer|swerve|swerving) (?:my car |the car |it )?"
        "(?:off (?:a |the )?(?:cliff|bridge|road|overpass)|into (?:a |the )?(?:tree|wall|pole|oncoming traffic|traffic|"
        "truck|river|lake|barrier|semi)|head on|on purpose)",
        "drive [a-z ]{0,15}(?:fast|recklessly) (?:hoping|and hope|so i|to see if|wanting)",
        "(?:stood|standing|stand|sat|sitting|climbed|climbing) (?:on|at|over|near|by) (?:the |a )?(?:overpass|bridge|"
        "ledge|edge|roof|rooftop|cliff|railing|tracks|train tracks|platform edge|edge of (?:the |a )?(?:bridge|roof|"
        "building|cliff|platform|balcony)|bridge railing|railing of)(?! (?:of (?:the|my) (?:bed|seat|chair|couch)))",
        "(?:looked|looking|stared|staring|stood|standing) (?:at|near|by|on) (?:the )?(?:train tracks|tracks|bridge|"
        f"edge|ledge|river|cliff|platform){NEAR}(?:think|thought|thinking|wonder|wondering|tempted|urge|jump)",
        # Researching ways to die.
        "(?:ways?|methods?|how|best way|quickest way|fastest way|easiest way|surest way) to (?:die|kill myself|"
        "end (?:it|my life|it all)|hang myself|overdose|not wake up|do it painlessly|go painlessly)(?! (?:my|"
        "her) hair)",
        "(?:painless|quick|quickest|easy|easiest|peaceful|surest|best) (?:way|ways|method|methods) (?:to go|out|"
        "of dying)",
        "(?:searched|searching|googled|googling|looked up|looking up|researched|researching|reading about|read about) "
        "(?:up )?(?:online )?(?:about |for )?(?:ways|methods|how to (?:die|kill)|lethal|painless ways)",
        # A plan, its timing, the means at hand (C-SSRS 5).
        "(?:made|have|had|got|working on|worked out|figured out|came up with|making|formed|drawn up) (?:a |the |my |"
        f"an actual |a real |a specific |a detailed )?plan(?:{END}| and| (?:to|for|of|on) (?:how |when )?(?:i |to |"
        "id |ill )?(?:would |will )?(?:end|kill|die|dying|do it|overdose|jump|hang|shoot|not be here|"
        "go through with it|take my|take all|crash|swallow|ending|killing))",
        "(?:worked out|working out|figured out|planned out|thought through|thought out|sorted out|going over) "
        "(?:all )?(?:the )?details",
        "(?<!dont )(?<!didnt )(?:thought|thinking|think|know|knowing|figured|decided|deciding|planned|planning|"
        "researched|worked out) (?:about |out )?(?:exactly )?(?:how|when|where) (?:(?:i would|id|i will|ill|"
        "im going to|i could|i might|i can) (?:do it|end it|end things|kill myself|go through with it|die|jump|"
        "not wake up|take my life)|to (?:end it|kill myself|end things|take my life|not wake up))",
        "know (?:exactly )?(?:how|when) and (?:how|when|where)|(?<!dont )(?:thought|thinking|think|figured|planned|"
        "planning|researched|worked out) (?:about |out )?(?:exactly )?how to do it",
        "(?:picked|chose|chosen|set|decided on|settled on) (?:out )?(?:a |the )?(?:date|day|time|night|place|spot|"
        f"method|way|bridge|location)(?:{END}| to (?:do it|go|die|end it)| for it)",
        "(?:going to|will|ill|plan to|planning to|decided to|ready to) do it (?:tonight|this weekend|soon|when no one|"
        "while no one|before anyone)",
        "(?:planning|planned|plan|preparing|prepared|prepare) (?:for )?my (?:own )?death|(?:prepare|preparing|prepared|"
        "getting ready) to die",
        f"(?:have|got|has|with) (?:the )?means(?: to| and|{END})",
        "in case (?:im|i am|i was|i) (?:not around|not here|gone|dont make it|die|dont come back)|in case i (?:need|"
        f"want|decide|choose) (?:a way out|to (?:do it|end it|use them|go through with it))|need a way out{END}",
        "(?:need|needs|working up|work up|find|get|have|had|lack|lacked|dont have|didnt have|waiting for) (?:the |"
        "enough )?(?:courage|nerve|guts)(?: to (?:do it|go through|end it|kill myself|jump|pull the trigger|die)|"
        f"{END})",
        # Intent, and fear of acting on it (C-SSRS 4).
        "(?:scared|afraid|worried|terrified|frightened|fear)(?: of)?(?: what)? (?:i|ill|i will|i might|im going to|"
        f"i could|i may)(?: might| will| could)? (?:do|hurt|harm|kill|act|go through|do something)(?:{END}| myself|"
        " to myself| something (?:stupid|drastic|permanent|to myself)| on| with it)",
        f"(?:scared|afraid|worried|terrified) (?:that )?(?:i|ill) (?:might|will|could){END}",
        f"(?:might|may|will|going to|could|afraid|scared|worried|ill|about to|close to){NEAR}do something (?:stupid|"
        "drastic|permanent|irreversible|to myself|i cant take back)",
        "(?:scared|afraid|worried|terrified|might|may|will|going to|could|intend to|want to|close to|tempted to|"
        "urge to) (?:ill |i will |i might |i |to )?act on (?:it|them|this|that|these thoughts|those thoughts|"
        "my thoughts|the urges?)",
        "(?:dont|cant|no longer) trust myself(?! (?:to (?:make|choose|decide|drive|cook|remember)|with (?:money|food|"
        "decisions|my (?:diet|budget))))",
        "(?:cant|unable to|not sure i can|dont think i can|dont know if i can|struggling to|hard to) keep myself safe|"
        "(?:cant|not sure i can|dont know if i can) (?:promise|guarantee) (?:ill|i will|i can|to) (?:be|stay|"
        "keep myself) safe",
        f"(?:im|i am) not safe(?:{END}| right now| tonight| at the moment| anymore| with myself| around myself| alone|"
        " today)|dont feel safe(?: right now| tonight| anymore)|(?:dont feel|not) safe (?:with|around) myself",
        "(?:im|i am|i feel like|i might be|i could be) a (?:danger|risk|threat) to myself|(?:scared|afraid|"
        "frightened|terrified) of myself",
        "(?:cant|not sure i can|dont think i can|unable to|couldnt) stop myself(?! from (?:eating|scratching|checking|"
        "picking|washing|buying|worrying|crying))",
        # What has been done: attempts, holds, calls to 988 (C-SSRS 6).
        "(?:tried|try|trying|attempted|attempt|attempting|tries) to (?:kill myself|end (?:it|it all|my life|things)|"
        "take my (?:own )?life|die|overdose|hang myself|drown myself|od|shoot myself|not wake up)",
        f"(?:i|i have|had|have) attempted(?={CLAUSE_ENDS}| (?:before|in the past|twice|once|last|years|a few|several|"
        "in [0-9]+|when|as a))|(?:previous|prior|past|last|my|an|two|three|multiple|"
        "several) (?:suicide )?attempts?(?! (?:at|to|with|of|on|for))",
        "(?:almost|nearly|close to|about to|couldnt bring myself to|lost my nerve to|wasnt brave enough to) "
        "(?:go through with it|went through with it|jumped|did it|pulled the trigger|ended it|killed myself|"
        "swallowed them|took them all)",
        "5150|72 hour hold|baker act[a-z]*|involuntary hold|psych hold",
        "(?:called|call|calling|texted|text|texting|contacted|rang|phoned) (?:the )?(?:988|crisis (?:hot)?line|"
        "crisis text line|lifeline)",
    ),
    "self-harm": _compile(
        "self (?:harm|harming|harmed|harmer|injury|injuring|injure|injured|injurious|mutilation|mutilate|mutilating|"
        "destruct|destructive|hurt|hurting|punish|punishment)|nssi|sh (?:scars|urges|relapse|again)",
        "(?:cut|cuts|cutting|slice|slicing|sliced|slash|slashing|slashed|carve|carving|carved|scratch|scratching|"
        "burn|burns|burning|burned|burnt|hit|hits|hitting|punch|punching|punched|hurt|hurts|hurting|harm|harms|harming|"
        "harmed|injure|injuring|injured|starve|starving|starved|mutilate|mutilating|punish|punishing|punished|bruise|"
        "bruising) myself",
        "(?:cut|cutting|slit|slitting|slice|slicing|slash|slashing|carve|carving|burn|burning|burnt|burned) (?:open )?"
        "(?:my|both|on my|into my|open my) (?:wrists?|wirsts?|writs|arms?|forearms?|legs?|thighs?|skin|hips?|throat)",
        "(?:slit|slitting|slash|slashing) (?:open )?wrists",
        "(?:cut|cutting|carve|carving|carved|scratch|scratched|scratching|etch|etching|etched) [a-z ]{0,20}into my "
        "(?:skin|arms?|legs?|thighs?|wrists?|stomach)",
        "(?:scratch|scratching|scratched|hit|hitting|punch|punching|cut|cutting|burn|burning|bang|banging|claw|clawing|"
        "dig|digging|bite|biting) [a-z ]{0,25}(?:until|till) (?:i|it|they|my [a-z]+) (?:bleed|bleeds|bled|bruise|"
        "bruises|bruised)",
        "(?:hit|hitting|bang|banging|punch|punching|cut|cutting|burn|burning|scratch|scratching|hurt|hurting|injure|"
        "injured|crash|crashed|bruise|starve|starving)[a-z ]{0,30} on purpose",
        "(?:im|i am|was|a) cutter|razor blades?|box ?cutter|(?:a |my |the )(?:razor|blade)s? (?:to|on|against|across) "
        "my|(?:use|using|used|hide|hid|hiding|keep|keeping|kept|stash|stashed|bought|buy|got|took|grab|grabbed|carry|"
        "carrying|need|want) (?:a |my |some |the |new )?(?:razor|razors|blade|blades)(?! (?:for shaving|to shave|"
        "burn))",
        # "the urge to cut", "I started cutting again", "I stopped cutting two years ago"; not "cut back on coffee".
        "(?:urge|urges|craving|cravings|itch|itching|tempted|need|needing|want|wanting|started|start|starting|been|"
        "keep|kept|go back to|went back to|going back to|relapsed|relapse|relapsing|stopped|quit|back to|not to|"
        "trying not to|try not to) (?:to |on |into |and )?(?:cut|cutting|bleed|self harm|self harming|"
        f"sh)(?={CLAUSE_ENDS}| again| myself| deeper| more| tonight| today| every| when| whenever| at night|"
        " all the time| so | but| and| because| my (?:arms?|wrists?|legs?|thighs?|skin)| (?:[a-z0-9]+ )?(?:years?|"
        "months?|weeks?|days?) ago| for (?:[a-z0-9]+ )?(?:years?|months?|weeks?)| in (?:high school|college|my teens|"
        "the past)| when i was| as a (?:teen|kid))",
        "(?:cutting|cut) again(?! (?:on|back|down|my hours|hours))|(?:i|i just) cut (?:last night|yesterday|today|"
        "this morning|tonight|on purpose)",
        f"(?:i|i have|to) sh(?={CLAUSE_ENDS}| (?:when|again|every|to|because|daily|most|a lot|sometimes))",
        "(?:fresh|new|deep) (?:cuts|wounds|scars|burns) (?:on|up|from) my|(?:make|made|making) myself bleed",
        "(?:dont|do not) deserve to eat|hacerme dano|cortarme|lastimarme",
    ),
    # 988: feeling hopeless, trapped, empty, having no reason to live, unbearable pain, being a burden.
    "hopelessness or burden": _compile(
        # Hopeless, worthless, empty, trapped.
        "(?:feel|feels|feeling|felt|im|i am|so|completely|totally|utterly|pretty|its|it is|it all feels|it seems|"
        "all) (?:so |completely |totally |utterly |really |very |just |pretty )?hopeless(?! (?:at|with|"
        f"when it comes to|romantic)){QUALIFIED}|hopelessness",
        "(?:everything|it all|life|my life|the future|things|my future) (?:is|seems|feels|looks) (?:so )?hopeless",
        "(?:feel|feels|feeling|felt|im|i am) (?:so |completely |totally |utterly |really |very |just |"
        "pretty )?(?:worthless|empty inside|empty|numb and empty|like a waste of space|like nothing)(?! (?:stomach|"
        f"handed|headed|nest|calories)){QUALIFIED}",
        "(?:dead|dying) inside|waste of (?:space|oxygen|air)",
        f"(?:only|one) way out|no way out(?={CLAUSE_ENDS}| of (?:this|it|life|here|my head|the darkness|"
        "(?:my )?depression)| but| except| other than)|(?:feel|feeling|felt|im|i am|so|completely) (?:so |"
        f"completely |totally |utterly )?trapped{QUALIFIED}|no light at the end of the tunnel|(?:cant|"
        "no) escape (?:from )?(?:this life|my life|my head|myself|it all)",
        "(?:dont|cant) see (?:a |any )?way (?:forward|out)|see no way (?:forward|out)",
        "(?:lost all|given up all|gave up all|there is no|theres no|have no|i have no|anymore|without any) hope|"
        "beyond (?:help|saving|repair|hope)",
        "(?:nothing|things|it|life) (?:will|is going to) (?:never|ever) (?:get|be) better|"
        f"nothing will ever (?:get better|change){END}",
        "(?:life|my life) has no (?:meaning|purpose|point|value)|(?:see|have) no future|no future (?:for me|anymore)|"
        "(?:dont|cant) see (?:a|any) future|(?:my life|life) is over",
        # No reason to live, no point.
        "(?:no|not any|not a single|dont have a|dont have any|cant find a|cant find any|cant think of a|"
        "cant think of any|cant see a|cant see any|dont see a|dont see any|dont have|lost my|lost all|lost all my|"
        "anymore|without a|without any|there is no|theres no|see no|run out of|ran out of|out of|whats my|what is my|"
        "one|a single) reasons? (?:for me )?(?:to|for) (?:live|living|go on|going on|keep going|stay|staying|be here|"
        "being here|get up|getting up|exist|existing|carry on|stay alive|staying alive|keep living|continue|wake up|"
        "be alive)",
        f"(?:nothing|no one|nothing left) to live for|nothing left (?:for me|inside)|i have nothing left(?:{END}|"
        " in me| to give)|living for nothing",
        "(?:lost|losing|no|have no|lost all|without|zero) (?:the |my |any )?will to live",
        "(?:no|dont see the|dont see any|dont see a|cant see the|cant see any|see no|lost the|whats the|what is the|"
        "is there any|there is no|theres no|without any|whats even the) point (?:in |of |to )?(?:me )?(?:living|life|"
        "going on|being alive|being here|existing|anything|it all|trying anymore|carrying on|continuing|waking up|"
        "getting up|my life)",
        f"(?:dont|cant) see (?:the|any) point(?:{END}| anymore| any longer| in (?:it|anything|trying)| of (?:it|"
        f"anything|it all|trying))|whats (?:even )?the point(?: anymore| of anything| of it all| of me)?{END}",
        "(?:life|everything|my life|it all|existence|every day|each day|living|being alive) (?:is|feels|seems) (?:so )?"
        "(?:pointless|meaningless|worthless)",
        "(?:its|it is|it all|its all|it all is|everything is|everythings|life is|lifes|it all feels|it feels) "
        "(?:all |so |just |completely )?(?:pointless|meaningless)",
        "(?:pointless|no use|useless|no sense) (?:to |in )?(?:keep living|go on|going on|living|being alive|"
        "stay alive)",
        "why (?:i|id|i would|i should|should i|would i|do i|bother) [a-z ]{0,15}(?:keep living|go on living|stay alive|"
        "keep going|be alive|live|exist)(?![a-z ]{0,12}(?:here|there|in|near|with))|why bother living",
        # Can't go on.
        "(?:cant|couldnt|unable to|dont think i can|not sure i can|dont know if i can|"
        "no longer able to) (?:go on like this|go on living|carry on living|keep living|live like this|live this way|"
        "live with myself|face another day|keep fighting|survive (?:this|another day|much longer)|hold on|"
        "keep doing this|keep going like this|live (?:with [a-z ]{1,20} )?anymore|take (?:much more|"
        f"anymore)(?:{END}| of (?:this|it|life|everything|my life))){PAIN_AFTER}",
        "(?:cant|couldnt|dont think i can|not sure i can|dont know if i can|no longer able to|unable to) (?:go on|"
        "carry on|keep going|cope|do this|take this|handle this|handle life|bear it|bear this|stand it|stand this|"
        f"do life|stand (?:being alive|living|myself|my life|existing))(?:{END}| anymore| any longer| much longer|"
        f" like this| this way| living| with (?:life|this|it|myself|everything)){PAIN_AFTER}",
        "(?:cant|couldnt) (?:do it|take it|handle it|deal with (?:it|this|life|anything|everything)) (?:anymore|"
        f"any longer|much longer|like this)|cant (?:do it |do this |take it )?anymore(?:{END}| i | im )",
        "(?:dont|do not) want to (?:do this|do it|be me|keep going|go on|continue|fight|try) ?(?:anymore|any longer)",
        "(?:dont know|not sure) how (?:much longer |long )?(?:i can|i can keep|to keep|im going to|i will|ill) "
        "(?:go on|keep going|carry on|do this|keep doing this|hold on|take (?:it|this)|survive|live like this|cope)",
        "how much longer i can (?:go on|keep going|do this|take (?:it|this)|hold on|live like this|cope|survive|"
        "keep fighting)",
        f"im (?:so |just |completely )?done(?:{END}| with (?:life|everything|it all|living|being alive))|"
        f"(?:i have )?had enough{END}",
        f"(?:i|i just|i have|i have just) (?:given up|give up){END}|(?:feel|feeling|"
        "felt) like giving up(?! on (?:finding|trying|looking|[a-z]+ (?:treatment|meds|medications?)))",
        "(?:give|giving|gave|given) up on (?:life|living|myself|everything|being alive|ever getting better)|(?:ready|"
        f"want|going|about) to give up(?:{END}| on (?:life|living|myself|everything))",
        f"(?:no|dont have any|havent got any) fight left|(?:tired|sick) of fighting(?:{END}| anymore| to stay alive|"
        " for my life| every day)|cant fight (?:this |it )?(?:anymore|any longer)",
        # Being a burden: "they'd be better off without me".
        "(?:im|i am|i feel like|i feel|feel like|feeling like|felt like|being|i have become|im becoming|am becoming|"
        "became) (?:(?:such|just|only|nothing but|a|an|the|huge|big|massive|enormous|total|constant|one big|complete) )"
        "{0,4}burden(?! (?:of|on (?:my )?(?:wallet|finances|budget)))",
        "better off (?:not here|not alive|not around|not existing|gone|never born)|(?:better off|happier|better) "
        "(?:with|having) (?:someone|somebody) else (?:raising|caring for|looking after|as)|(?:better|easier|happier)"
        "(?: off)? (?:with|having) (?:a )?(?:new|different|another) (?:mom|mother|dad|father|wife|husband|partner)",
        "(?:better|easier|happier|simpler|relieved|fine|ok|okay|free|lighter)(?: off| place| world|"
        f" life)?(?: for (?:everyone|them|my {FAMILY}|all))? (?:without me|with me gone|once im gone|when im gone|"
        "if im gone|if i (?:was|were) (?:gone|dead|not here|not around|never born|not alive)|if i (?:just )?(?:wasnt|"
        "werent) (?:here|around|alive|born)|if i (?:just )?(?:died|disappeared|didnt exist|killed myself|"
        "never existed|left for good)|if (?:i|id|i had) (?:never been born|never existed))",
        "(?:better|easier|happier|fine|okay|ok|great|free|lighter|relieved)[^.!?;]{0,30}without me(?! (?:having to|"
        "there|present|for a|this week|today|on|at))",
        f"(?:said|says|told me|thinks|feels|believes|keeps saying){NEAR}better off without (?:him|her|them)",
        "(?:deserve|deserves) (?:better than me|someone better|a better (?:mom|mother|dad|father|wife|husband|partner|"
        "son|daughter|friend|person))",
        "no one(?: at all)?(?: would| will)? (?:even )?(?:care|notice|miss me|be sad|cry)(?: if| when)|no one would "
        "(?:miss|notice|care about) me|would anyone (?:even )?(?:care|notice|miss me) if i",
        "(?:would|does|will|did) (?:it|anyone|anything|anybody) (?:even |really )?(?:matter|care|notice) if i "
        "(?:just )?(?:died|was gone|were gone|disappeared|killed myself|wasnt here|werent here|was dead|were dead)",
        "(?:care|notice|miss me|matter)(?: at all)? (?:if|when) (?:i|im) (?:just )?(?:died|dead|was dead|were dead|"
        "was gone|were gone|gone|killed myself|disappeared|wasnt here|werent here|wasnt around|didnt wake up|"
        "never woke up|stopped existing)",
        # Self-hatred and unbearable emotional pain; death as the only way out of it.
        "(?:hate|hating|loathe|despise) (?:myself(?! for)|my life|being alive|living|existing|my existence|being me)",
        "(?:emotional|mental|inner|psychological) (?:pain|agony|suffering|torment) (?:is )?(?:unbearable|too much|"
        "never ends|wont stop|will never stop|is killing me)",
        "(?:life|living|existence|being alive|my life|it all) (?:is|has become|feels|feels like|becomes) (?:so )?"
        "(?:unbearable|too much to bear|torture|a living hell|too painful)",
        "(?:except|other than|but) by (?:dying|death|killing myself|ending it)|only (?:way|escape|relief|solution|"
        "way out) is (?:death|dying|to die|suicide|ending it)|(?:death|dying|suicide) is the only (?:way|escape|relief|"
        "answer|option|solution|way out)|only death|(?:stop|end|over|go away) (?:only )?(?:if|when|once) (?:im|i am) "
        "(?:dead|gone)|(?:death|dying) (?:will|would|can) (?:stop|end|fix|solve)",
        "no vale la pena vivir",
    ),
    # 988: "withdrawing, saying goodbye, giving away important items, putting affairs in order".
    "saying goodbye": _compile(
        "(?:i|i have|im|i am|id|to|been|just|already|and|finally|i just|i have just) (?:saying|said|say|wanted to say|"
        "want to say|writing|wrote|written|write|sent|sending|send|left|leave|leaving) (?:my |our |a |final |last |"
        "one last |some )*(?:goodbyes?|good byes?|farewells?)",
        "(?:texted|texting|messaged|called|told) (?:[a-z]+ ){0,3}goodbye",
        "goodbye (?:everyone|all|world|cruel world|forever|for good|for ever)|this is (?:my )?(?:goodbye|farewell)",
        "(?:goodbye|farewell|suicide) (?:letters?|notes?|message|messages|video|texts?)",
        f"(?:wrote|written|writing|write|left|leave) (?:a |the |my )?(?:notes?|letters?)(?:{END}| yesterday|"
        f" last [a-z]+| this [a-z]+| already| just in case| in case| for (?:my )?{FAMILY}| to (?:my )?{FAMILY})",
        "(?:giving|gave|give|given|handing|handed) away (?:all |most |some |a lot )?(?:of )?my (?:things|stuff|"
        "belongings|possessions|prized|favorite|favourite|most|important|precious|valuables|pets?|cat|dog|guitar|"
        "jewel[a-z]*|books|collection|art|savings|money)",
        "(?:giving|gave|give|given) (?:away )?(?:my|all my|most of my) (?:things|stuff|belongings|possessions|pets?|"
        "cat|dog|valuables) away",
        f"(?:gave|giving|give|given) (?:away )?{NEAR}wont need (?:it|them|these|those|anything) (?:anymore|where)",
        "(?:sorting out|sorted out|deciding|decided|figuring out|planned|planning) who (?:gets|will get|takes|"
        "will take|should get|should have) my|(?:told|asked) [a-z ]{1,20}to (?:take care of|look after|adopt|"
        "keep) my (?:dog|cat|pets?|kids|children|plants)",
        "(?:put|putting|get|getting|got|have|had|sorted|sort|sorting|set|setting) (?:all )?(?:of )?my affairs in order|"
        "my affairs are in order",
        "(?:made|make|making|wrote|writing|write|updated|updating|finished|finalized|finalised|drew up|drawing up) "
        "(?:out )?(?:a|my) (?:will|last will|testament)(?! (?:to|and power))",
        "(?:picture|picturing|imagine|imagining|planned|planning|plan|arranged|arranging|paid for|paying for|wrote|"
        "writing) my (?:own )?(?:funeral|obituary|eulogy)|(?:final|last) (?:arrangements|wishes|words)",
        "(?:dont think ill|dont think i will|not sure ill|doubt ill|dont expect to|wont|will not|might not|may not|"
        f"not going to) be (?:here|around|alive)(?:{END}| much longer| long| for (?:much )?longer| for long| anymore|"
        " to see| soon)",
        "(?:wont|will not|never) hear from me again|(?:wont|will not|not going to) be (?:a problem|a burden) "
        "(?:for )?(?:much|any) longer",
        "by the time (?:you|anyone|someone|they|somebody) (?:read|reads|see|sees|get|gets|receive|receives) this",
        "this (?:is|will be|might be) (?:my )?(?:last|final) (?:message|note|letter|post|words)",
        "last (?:time|message|words) (?:you|anyone|youll|you will) (?:hear|get) from me",
        "(?:when|after|once) im (?:gone|dead|no longer here|not here anymore|not around)(?! (?:on|for|to|from|away))",
        f"(?:tell|please tell) my {FAMILY} (?:that )?i (?:love|loved|am sorry|m sorry)",
        "(?:sorry|forgive me) for (?:everything|what im about to do|leaving)|what im about to do",
    ),
}


def crisis_signs(text: str) -> list[str]:
    """The kinds of crisis sign in the message, named for staff: SIGNS' keys, in that order ([] for none)."""
    normalised = FIGURES_OF_SPEECH.sub(" , ", normalise(text))
    # A negation is replaced by a word of its own, so that "not suicidal, but I've thought about it" can be seen.
    remaining = NEGATIONS.sub(lambda match: match[0] if match["doubted"] else " negated, ", normalised)
    remaining = " ".join(remaining.split())
    return [name for name, pattern in SIGNS.items() if pattern.search(remaining)]


def mentions_crisis(text: str) -> bool:
    return bool(crisis_signs(text))
