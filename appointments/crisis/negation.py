"""What is set aside before the signs are looked for: figures of speech and negations (the package's step 2)."""

from .normalise import END, compile_words

# Everyday uses of alarming words, set aside before the signs are looked for.
FIGURES_OF_SPEECH = compile_words(
    "suicide (?:headaches?|migraines?|disease)",  # cluster headache's nickname
    "(?:killing|kill|killed) myself (?:at|with|over) (?:work|the gym|gym|overtime|my job|practice|school|studying)",
    "(?:killing|kill|killed) myself with (?:the |all the |this |my )?(?:mileage|training|workload|overtime|hours|"
    "homework|studying|cleaning|chores|shifts|deadlines)",
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
    "(?:ne suis pas|no soy|no estoy|nao sou|nao estou) (?:suicidaire|suicida)",
    # A safety question about the treatment: "is there a lethal dose of esketamine?"
    "(?:is there|whats|what is) (?:a |the )?(?:lethal|toxic|fatal|dangerous) dose (?:of|for) (?:ketamine|esketamine|"
    "spravato|it|this|the (?:treatment|infusions?|nasal spray|medication))",
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
    "(?:say|saying|said) goodbye to (?:dr|doctor|nurse|my (?:old |former )?(?:doctor|therapist|psychiatrist|"
    "neurologist|nurse|provider|dentist|coworkers?|colleagues?|team|job|office|house|apartment|town|city|home|"
    "classmates|students))",
    # "Killing myself grading papers this week": a chore, not a method.
    "(?:killing|kill|killed) myself (?!(?:slowly|drinking|starving|overdosing|cutting|hanging|jumping|shooting|"
    "drowning|crashing|using|taking|thinking|planning)(?![a-z]))[a-z]+ing",
    # Hurt in a fall or a game: "I jumped off a ledge while hiking and hurt my back".
    "(?:jumped|jump|fell|fall|slipped) (?:off|from) (?:a |the )?[a-z]+ (?:while|when) (?:hiking|climbing|skiing|"
    "playing|swimming|diving|running|bouldering|skating|snowboarding)",
    # Work and someone else's accident: "I see overdoses at work" (an ER nurse), "died of an accidental overdose".
    "(?:see|saw|seen|treat|treated|treating|handle|handled|manage|managed|respond to|responded to|responding to|"
    "deal with|dealt with|reverse|reversed|reversing) (?:a lot of |lots of |many |so many |all the |multiple |"
    "several |plenty of |countless |daily |frequent )?(?:overdoses(?: and suicides?)?|suicides?(?: and overdoses)?)",
    "overdose (?:calls|patients|cases|victims|scenes|training|kits?|prevention|awareness|crisis|epidemic|reversal|"
    "deaths in (?:the|our|my) (?:city|area|county|community|state))",
    # Someone else's gun, locked away: "my son keeps his rifle locked at his own house".
    "(?:keeps|kept|keep) (?:his|her|their) (?:gun|pistol|handgun|firearm|revolver|shotgun|rifle|glock)s? (?:locked|"
    "in a (?:gun )?safe|secured|at (?:his|her|their) (?:own )?(?:house|place|home))",
    "(?:keeps?|kept|have|has|own|owns) (?:his |her |their |our |the family |family )?(?:gun|pistol|handgun|firearm|"
    "revolver|shotgun|rifle|glock)s? (?:for (?:hunting|work|sport))?[^.!?;]{0,30}(?:locked|in a (?:gun )?safe|"
    "secured|unloaded)",
    "(?:died|passed away|passed|dead|death|lost (?:him|her|them|my [a-z]+)) (?:of|from|to|after|due to|because of) "
    "(?:an |a )?(?:accidental|unintentional|unintended) (?:[a-z]+ )?overdose",
    "(?:had|took|suffered) (?:an |a )?(?:accidental|unintentional) (?:[a-z]+ )?overdose of (?:his|her|their)",
    "(?:say|saying|said) goodbye[^.!?;]{0,40}(?<![a-z])(?:before|because|since|as) (?:moving|leaving for (?!good)|"
    "going to|he left|"
    "she left|they left|the move|college|school|a trip|vacation)",
    "(?:died|passed away|passed) (?:of|from) (?:an |a )?overdose (?:of (?:his|her|their) [a-z ]{0,30})?(?:by mistake|"
    "by accident|accidentally)",
    # Someone else's attempt, long over and told as a recommendation: "my friend attempted suicide years ago and is
    # doing great now, she recommended you". A death by suicide is not set aside (flagged_on_purpose.txt).
    "my (?:[a-z]+ )?(?:friend|cousin|coworker|co worker|colleague|neighbou?r|roommate|classmate|aunt|uncle|niece|"
    "nephew|sister|brother|partner|husband|wife|mom|mother|dad|father|son|daughter) (?:who )?(?:attempted suicide|"
    "tried to kill myself|was suicidal|i was suicidal|had suicidal thoughts|struggled with (?:suicidal thoughts|"
    "suicide|suicidality)|dealt with (?:suicidal thoughts|suicidality))[^.!?;]{0,50}(?:(?:is|im|s) (?:now )?"
    "(?:doing )?(?:great|well|so well|better|much better|good|fine|okay|ok|amazing|thriving|happy|healthy)|"
    "recovered|(?:recommended|suggested|told me about|referred me to) (?:you|your|this|the clinic|ketamine)|(?:found|"
    "says|said) (?:ketamine|it|the treatment|your clinic|you) (?:helpful|helped|saved))",
    # Work and study: "I'm a suicide prevention trainer", "writing a paper on ketamine and suicidal ideation".
    "(?:on|at|for|with) (?:a|the) (?:suicide|crisis) (?:hotline|line|text line|helpline)|suicides? (?:i|we) "
    "(?:responded|respond|attended|attend|worked|handled|saw|see|was called|were called)|"
    "suicide prevention (?:researcher|trainer|training|program|month|week|day|course|work|research|advocate|"
    "organi[sz]ation|"
    "nonprofit|charity|walk|fundraiser)|suicide (?:awareness|statistics|rates?|research|researcher|risk assessments?)|"
    "(?:work|worked|volunteer|volunteered|working) (?:at|for|on) (?:a|the) (?:crisis|suicide) (?:line|hotline|"
    "text line)|(?:writing|write|wrote|working on|doing|presenting) (?:a |my )?(?:paper|essay|thesis|article|"
    "research|study|presentation|project|dissertation|report) (?:about|on) [a-z ]{0,30}(?:suicid[a-z]*|self harm|"
    "overdoses?)",
    # Away for a trip, not for good: "I'm out of town, so I won't be around next week".
    "(?:travel[a-z]*|vacation|holiday|out of (?:town|state|the country)|abroad|a trip|my trip|business trip|"
    "conference|visiting|moving(?! on)|surgery|deployed|deployment|overseas)[^.!?;]{0,60}(?:wont|will not|"
    "not going to|wont be able to|cant|might not|may not|dont think ill) be (?:here|around|gone|in town|coming back)",
    "(?:wont|will not|not going to|might not|may not|dont think ill|ill|i will|not) (?:be|being) (?:here|around|gone|"
    "away)"
    "[^.!?;]{0,40}(?:travel[a-z]*|vacation|holiday|out of (?:town|state|the country)|abroad|trip|conference|visiting|"
    "moving(?! on)|surgery|deployed|overseas|for work|a wedding|a funeral|(?:were|we are|im|i am) (?:going|flying|"
    "driving|heading) to (?!(?:die|kill|end|do|be|take|jump|hang|overdose|make|finish|sleep|the)(?![a-z]))[a-z]+|"
    "flying|a cruise|camping)",
)

# "I'm not suicidal", "no thoughts of self-harm or suicide", "I would never hurt myself". The list of what is
# denied is matched atomically, so "no suicidal thoughts until now" cannot shrink to "no suicidal" to dodge the
# "until" at the end; longer forms come first for the same reason.
NEGATABLE = (
    "suicidality|self harming|self harmed|death wish|wish to die|hurting myself|harming myself|killing myself|"
    "(?:suicidal|suicide|self harm|self injury|"
    "homicidal)(?: (?:thoughts?|"
    "ideation|ideations|feelings?|intent|intentions?|plans?|behaviou?rs?|urges|tendencies|ideas|attempts?|history|"
    "risk))?|attempts|overdoses?|a (?:danger|risk|threat) to (?:myself or others|myself|anyone|others)|"
    "at risk (?:of|for) (?:suicide|self harm|harming myself)|"
    "(?:thoughts?|urges?|intent|intention|plans?|desire|wish)(?: (?:or|and) (?:thoughts?|urges?|intent|intentions?|"
    "plans?|feelings?))? (?:of|about|to) (?:suicide|self harm|harming myself|"
    "hurting myself|killing myself|ending my life|ending it|death|dying|wanting to die|taking my life|die|"
    "hurt myself|harm myself|kill myself|end my life|cut myself)|"
    "history of (?:suicide attempts|suicide|self harm|suicidal [a-z]+|attempts|overdoses?|overdosing|cutting)|"
    "attempted suicide|tried to kill myself|attempted|hurt myself|harmed myself|cut myself|been suicidal|felt suicidal|"
    "si|hi"
)
# Each item ends at a word's end: inside the atomic group a prefix ("si" of "since") would commit and fail the lot.
_WORD_ENDS = "(?![a-z0-9])"
_DENIED = f"(?>(?:{NEGATABLE}){_WORD_ENDS}(?:(?:,? (?:or|and|nor)|,|) (?:any )?(?:{NEGATABLE}){_WORD_ENDS}){{0,3}})"
# A question about suicide answered no: "asked about suicidal thoughts and I said no", "the PHQ-9 question about
# self harm? My answer is not at all".
_ASKED = (
    "(?:asked|asks|asking|ask|question|questions|questionnaire|screening|screened|form|intake) (?:me )?(?:about|if|"
    "whether|for|on|regarding|asking about)(?: i (?:have|had|was|am|ever|feel|felt|have ever|had ever))?"
    f"(?: (?:ever|any|been|had|having|thoughts of|feeling)){{0,3}} {_DENIED}"
)
_ANSWERED_NO = (
    "(?:(?:i said|i say|i answered|i answer|i told (?:him|her|them)|i put|i wrote|i ticked|i checked|i circled|"
    "i marked|my answer (?:is|was|would be)|the answer (?:is|was)|answered) (?:a )?(?:no|not at all|never|none|zero|"
    "0|nope|no to (?:all|both|that|it))|(?:my|the) answer (?:isnt|wasnt|would be not) at all)(?!,? (?:but|though|"
    "although|even though|which (?:isnt|wasnt) true|"
    "which was a lie|because))"
)
NEGATIONS = compile_words(
    # A negation that someone doubts is not one: "I can't say I'm not suicidal" (crisis_signs keeps it).
    "(?P<doubted>(?:cant|couldnt|wouldnt|not sure|unsure|dont know|no idea|pretend|pretending|lied|lie|lying|claim)"
    "(?: [a-z]+){0,3} )?(?:(?:no|not any|never any|zero|without any|without|denies|deny|denied|dont have any|dont have|"
    "(?:screened |screens |screening |tested |is |was )?negative (?:for|on)|"
    "havent had any|havent had|not had any|not had|never had any|never had|not having any|not having|free of|free from)"
    "(?: (?:current|recent|past|prior|previous|ongoing|serious|any|ever|passive|active|present|family|personal|known|"
    f"or present|or current|and present|or past|or active|or passive)){{0,4}} {_DENIED}"
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
    "|(?:not going to|wont|will not|wouldnt|would not|would never|will never|never going to) do (?:anything|"
    "something) to (?:hurt |harm )?myself"
    # Written as a chart note: "SI: denied", "self harm: none".
    f"|{_DENIED} ?(?:[:=]|is|was)? ?(?:denied|denies|negative|neg|none|no one|nil|absent|not present|no{END})"
    f"|{_ASKED}[^.!?]{{0,40}}(?:[.!?] )?(?:[^.!?]{{0,30}} )?(?:and |so |but )?{_ANSWERED_NO}"
    f"|{_ANSWERED_NO} (?:when|after|because) [a-z ]{{0,25}}{_ASKED}"
    # Denied by pointing back at it: "ketamine helps with suicidal thoughts. I don't have those".
    f"|{_DENIED}[^.!?]{{0,60}}(?:[.!?,;] ?)?(?:but |and |though |although )?(?:i|which i|that i|personally i) "
    "(?:dont|never|havent|have never|didnt|no longer) (?:have|had|get|got|experience|experienced|feel|felt|"
    "struggle with|deal with|suffer from)(?: any of)? (?:those|them|that|these|it|any)(?: thoughts| feelings)?"
    f"{END}"
    # ...unless what follows takes it back: "not suicidal yet", "never had these thoughts until this winter".
    ")(?! (?:yet|anymore|right now|at the moment|today|most days|usually|mostly|per se|as such|until|till|before|"
    "but now|but lately|up to now|up until|last (?:week|month|time|visit|year)|during the day|in the (?:day|daytime|"
    "mornings?)))"
)


def set_aside(normalised: str) -> str:
    """The message without its figures of speech, and with each negation replaced by the word "negated"."""
    text = FIGURES_OF_SPEECH.sub(" , ", normalised)
    # A negation is replaced by a word of its own, so that "not suicidal, but I've thought about it" can be seen.
    text = NEGATIONS.sub(lambda match: match[0] if match["doubted"] else " negated, ", text)
    return " ".join(text.split())
