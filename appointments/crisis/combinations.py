"""The safety-first fallback: hints too weak to flag alone, flagged when two kinds meet in one message.

"I'm ready to go" or "my dog has a new home" is nothing alone; "I made sure my kids are taken care of and my dog has
a new home. I'm ready to go." is a goodbye. Each kind of hint below is common enough in what patients write that
it is not a sign by itself, and rare enough that two different kinds together are worth a colleague's minute.
Two hints of one kind are not enough ("exhausted" and "at the end of my rope": distress is why people write), except
for putting affairs in order: two different arrangements ("I paid off my debts and wrote down my passwords for my
sister") are how a will reads.
"""

import re

from .normalise import END, compile_words
from .vocabulary import GUN, HEIGHTS, PILLS

HINTS: dict[str, re.Pattern[str]] = {
    # Leaving, for good: "ready to go", "one last try", "won't need it anymore", "not coming back".
    "finality": compile_words(
        f"ready to go(?:{END}| now| and)|ready to let go|(?:its|it is) (?:almost )?over(?: soon)?{END}|"
        "it will (?:all )?be "
        f"over(?: soon)?{END}|(?:be|feel) at peace|finally (?:rest|be free|be done|be at peace){END}",
        "one last (?:try|time|chance|attempt|shot|thing|hope)|(?:my|this is my|the) last (?:try|chance|shot)|"
        "last (?:time|day|night|week) (?:ill|i will|im going to|i get to)|counting down the days|either way|"
        "one way or (?:another|the other)|no matter what happens|(?:might|may) not (?:show up|be there)|(?:texted|"
        "messaged|called|wrote) (?:me|us) "
        "(?:that )?(?:he|she|they|i) (?:loves?|loved) (?:me|us)|check out (?:soon|early)|(?:wont|will not|dont) "
        f"(?:be )?needing|before i (?:go|leave|die){END}|(?:living|on) borrowed time|(?:im|i am) (?:almost |"
        f"nearly |finally )?ready{END}",
        f"(?:wont|will not|dont) need (?:it|them|this|that|these|those|anything|my [a-z]+)(?: (?:anymore|any longer|"
        f"soon|much longer|after (?:this|today|tonight)))?{END}",
        "(?:dont|not|wont) (?:plan(?:ning)? (?:on|to) |intend(?:ing)? (?:on|to) |going to |expect(?:ing)? to )?"
        "(?:be )?(?:coming|come) back(?! (?:to (?:the|your|this) (?:clinic|office|practice)|for|in|after|next|on))",
        "when (?:im|i am|the time is) ready|when the time comes|(?:for|in) case i need (?:it|them)|"
        "(?:gone|leave|leaving|away|out|done|over|sleep|rest|disappear) for good|if (?:something|anything) (?:happens|"
        f"should happen)(?: to me)?|(?:said|say) it was time|its time{END}",
        "wont matter (?:anyway|anymore)|no longer (?:a problem|matter)|make it official|"
        f"want it (?:all )?over with|my exit|go to sleep and|want to finish{END}|(?:dont|wont) (?:be )?"
        "(?:here|around) (?:next|for|by|to)|what happens (?:to (?:people|us|you|me) )?(?:when|after) (?:you|they|we|"
        f"people|i|someone) (?:die|dies|died)|(?:made up my mind|my mind is made up){END}|(?:nobody|no one|they) "
        "(?:has|have|will have|wont have) to (?:deal with|clean up|sort out|worry about)|so (?:no one|nobody) has to "
        f"[a-z ]{{1,20}}after(?:wards)?|(?:ive|i have) made (?:my|the) (?:decision|choice){END}",
    ),
    # Putting affairs in order: a new home for the pet, the life insurance, instructions, passwords.
    "arranging": compile_words(
        "(?:made sure|make sure|making sure) (?:my |our |that my |the )?[a-z ]{0,25}(?:is|are|will be|would be|"
        "get|gets) (?:taken care of|looked after|provided for|ok|okay|fine|set|safe)|taken care of when",
        "(?:has|have|found|finding|find|got|get|getting) (?:a )?new (?:homes?|owners?)|rehom[a-z]*|new home for (?:my|"
        "our|the)|my (?:cat|cats|dog|dogs|pets?) (?:is|are|will be) going to",
        "(?:knows|know|knew) where (?:everything|my [a-z]+|the [a-z]+) (?:is|are)|(?:the|my) (?:will|accounts|"
        "passwords|insurance papers|policy)|(?:gave|giving|given|handed) (?:him|her|them|my (?:[a-z]+ )?[a-z]+) my "
        "(?:[a-z]+s )?[a-z]+|"
        "(?:told|showed|tell|show) (?:my )?[a-z]+ where (?:(?:my|the) (?:will|papers|documents|passwords|keys|money|"
        "savings|insurance)|everything (?:is|are))|which account|settling accounts|remove me from (?:your|all|"
        "the) (?:lists?|records|system)|(?:my )?(?:[a-z]+ )?(?:papers|documents|passwords|policy|will|key|"
        "keys|instructions) (?:are|is) (?:in|on|under|inside) (?:the|my) [a-z]+",
        "life insurance|(?:left|leaving|leave|wrote|written|writing|write) (?:down )?(?:some |all the |the )?"
        "instructions|(?:wrote|written|writing|write) down (?:all )?(?:my )?(?:passwords|pins|accounts)|"
        "my (?:passwords|"
        "bank details|bank accounts|accounts|papers|documents|will) (?:are|is) (?:in|on|under|with)|(?:letter|letters|"
        "note|notes) (?:for|to) (?:my|each of my) [a-z]+ (?:is|are) (?:in|on|under)",
        "(?:gave|giving|give|given|handed|handing) (?:away )?(?:my|his|her|their) [a-z ]{1,25} to (?:my|his|her|their|"
        "a|our) [a-z]+|(?:gave|giving|given|handed) (?:him|her|them|my [a-z]+) my (?:ring|watch|car|keys|car keys|"
        "guitar|"
        "jewel[a-z]*|necklace|collection|savings)|car title|title to my car",
        "(?:made|making|make) arrangements for|my (?:will|letters|instructions|passwords|papers)|"
        "(?:dog|cat|pets?) (?:will|would|is going to|can) (?:go|be going) to|"
        "(?:putting|put|set|setting) (?:money|cash|savings) (?:aside|away) for (?:my|the) (?:kids|children|family|son|"
        "daughter|wife|husband)|(?:birthday )?(?:cards|letters) for (?:the next|every|future|when they)|"
        "cleaned (?:out )?"
        "(?:my|the) (?:whole )?(?:house|apartment|room|place)|cancell?ed (?:my )?(?:gym membership|phone plan|phone|"
        "subscriptions|lease|memberships?|credit cards?)",
        "giving (?:away )?(?:my |all my )?[a-z]+ away|emptying (?:out )?(?:my|the) (?:closet|apartment|room|house|"
        "drawers)|cleaning out (?:my|the) (?:closet|apartment|room)|deleted (?:all )?(?:of )?(?:my|his|her|their) "
        "(?:accounts|social media|profiles)",
        "(?:updated|changed|named|added|update|change) (?:my )?beneficiar[a-z]*|closed (?:all )?(?:of )?my (?:bank )?"
        "accounts|paid off (?:all )?(?:of )?my (?:debts|bills|loans)|(?:tying|tie|tied) up (?:all )?(?:my )?loose ends|"
        "(?:arranged|sorted|organi[sz]ed) everything|everything is (?:arranged|sorted|in order)|cancel (?:all|every "
        "one of|the rest of|all of) my (?:future |upcoming |remaining )?appointments",
    ),
    # Taking leave: thanks for everything, it's not your fault, take care of mom for me.
    "farewell": compile_words(
        "(?:told|tell|asked) (?:him|her|them|you|everyone|my [a-z]+) to remember me|remember me (?:as|when|by)|"
        "(?:dont|please dont) forget me|(?:i should|you should|to) take care of (?:his|her|my|their) (?:kids|children|"
        "dog|cat|family|mom|dad)|(?:wanted|want|like) to thank|"
        "thank(?:s| you)(?: (?:all|so much|again|guys|everyone))? for (?:everything|trying|all you did|all youve done|"
        "all you have done|being there|putting up with me)|(?:isnt|is not|wasnt|was not|not) (?:your|anyones|her|his|"
        "their|my [a-z]+s) fault|sorry for "
        "everything|goodbye|good bye|farewell|(?:to say|saying|said|tell (?:him|her|them)) (?:that )?i forgive",
        "take care of (?:my |our )?(?:mom|mum|dad|kids|children|the kids|family|everyone|him|her|them|[a-z]+) for me|"
        f"(?:wanted|want) (?:someone|somebody|you|anyone) to know{END}",
    ),
    # Means at hand: pills in quantity, a gun, a height, a car in the garage, blades.
    "means": compile_words(
        f"(?:bottle|bottles|box|stash|supply|handful|hoard|pile|month|months|weeks) of (?:[a-z]+ ){{0,3}}{PILLS}|"
        f"enough {PILLS}|medicine cabinet|(?:count|counting|counted) (?:my |the |all my )?(?:pills|meds|tablets)|"
        "researching guns|(?:filled|picked up|refilled) all (?:of )?my (?:prescriptions|meds|pills)|"
        f"{PILLS} and (?:a |the |some )?(?:bottle of |"
        "fifth of )?(?:vodka|whiskey|whisky|alcohol|wine|booze|liquor|gin|rum|tequila)|(?:vodka|whiskey|alcohol|booze|"
        f"liquor) and (?:my |the |all my |some )?{PILLS}",
        # Not a massage gun or a heat gun, nor the bridge of the nose.
        f"(?<!masage )(?<!heat )(?<!glue )(?<!nail )(?<!staple )(?<!spray )(?<!paint )(?<!water )(?<!nerf )(?<!toy )"
        f"{GUN}|gun (?:store|shop|show|range)|ammo|ammunition|bullets?",
        f"(?:the|a|that|this|our) (?:[a-z]+ )?{HEIGHTS}(?! (?:of (?:my|the|his|her) (?:nose|mouth)|in my mouth|"
        "engineer|work|loan|program|card))|"
        "roof access|access to the roof|top floor|train (?:schedules?|times|timetables?)|(?:the|a) train|platform|"
        "(?:pills|gun|rope|knife) (?:are|is) there|background check",
        "(?:car|engine) running|in the garage|razors?|blades?|knife|knives|(?:a|some|bought|got|the) rope(?! band)|"
        "belt around",
        "access to (?:a lot of |lots of |plenty of )?(?:stuff|meds|medications|pills|drugs|guns?|weapons)|"
        "(?:a lot of|lots of) stuff at home",
    ),
    # Dwelling on it, or a purpose denied: "I keep thinking about them", "not for hunting", "not to ride".
    "intent": compile_words(
        "(?:keep|kept|keeps) thinking about (?:it|them|that|doing it|using (?:it|them))|(?:cant|couldnt) stop "
        f"thinking about (?:it|them|that|doing it)|thinking about (?:both of |all of )?(?:them|it){END}|(?:think|"
        "thinking|thought) about (?:it|them) (?:all the time|every day|every night|every morning|a lot|constantly|"
        "nonstop)|(?:think|thinking|"
        "thought) about the (?:water|drop|fall|edge|tracks|train|height)|(?:havent|have not|didnt|not) taken (?:any|"
        "them|a single one)(?: of them)?|stopped taking (?:my|his|her|their) (?:[a-z]+ )?(?:meds|medications?|pills|"
        "insulin)",
        "the thoughts are (?:getting )?(?:louder|worse|stronger|back)|not (?:for|to go) hunting|(?:dont|never) "
        "(?:even )?(?:hunt|hunted)|(?:sitting|sit|sat|holding|held|sleeping|sleep|slept) with it|"
        "if you know what i mean|"
        "(?:not sure|dont know if) i want (?:help|to be helped|to get better)|(?:never|not) (?:owned|had|used|shot) "
        "(?:one|a gun|a firearm|guns)|"
        f"and think about it|not a hunter|(?:thats|that is|its|it is) (?:my|the) plan{END}|(?:staring|looking) "
        f"at (?:it|them)(?:{END}| right now| now)|(?:been|keep|kept) going (?:up )?there|going up there|not (?:to|for) "
        "(?:ride|riding|hunt|hunting|sport|protection|target practice|the range)|(?:doesnt|dont|"
        f"didnt) know why(?: yet)?{END}|thought about it (?:for )?(?:too long|a long time|a while|"
        "hours)|(?:dont|do not|please dont) (?:call|contact|tell|notify) (?:my )?(?:emergency contact|family|parents|"
        "husband|wife|mom|dad|anyone|the police|911)|i know where (?:she|he|they) (?:put|hid|keeps?) (?:them|it)|"
        "no plan(?: yet)?,? but|without (?:my |a )?seatbelt|(?:dont|didnt) know why (?:i came|im here|i drove|"
        "i went)|differently|(?:if|when|in case) i decide|(?:dont|didnt) have a project|not for a project|"
        "to see how long it (?:takes|would take)|keep (?:opening|checking|touching|looking at|holding|taking out|"
        "getting out|going back to) (?:the [a-z]+|it|them|that)",
    ),
    # Distress: worn out, alone, nothing works, at the end of one's rope.
    "distress": compile_words(
        "cant (?:take|do|handle|cope|go on|keep going|stand|bear)(?: (?:it|this|anymore|any longer|much longer))?|"
        "nothing (?:works|helps|has worked|has helped|left|matters|will change)|no (?:hope|point|way out|future)|"
        "(?:it|this|nothing) (?:wasnt|isnt|was not|is not|is) enough",
        "(?:end|edge) of my rope|(?:im|i am) at the end(?! of)|breaking point|rock bottom|wits end|last hope|"
        "last resort|giving up|give up|gave up|given up|desperate|hopeless|worthless|empty|numb|broken|"
        "ghost|invisible",
        "exhausted|tired of (?:everything|it all|all of it|all this|all of this|fighting|trying|this|being)|"
        "suffer(?:ing|s)?|miserable|in agony",
        "drinking (?:a lot )?more|drinking (?:a lot|heavily|too much|every night)|reckless[a-z]*|scared of (?:myself|"
        "next time|what ill do)|things are (?:getting )?(?:bad|worse)|getting worse|worse than ever|dark (?:place|"
        "thoughts|time)|feeling that way again",
        "lost (?:my|everything|the) (?:job|apartment|house|home|wife|husband|partner|kids|custody|everything)|"
        "(?:left me|walked out|broke up)|urges (?:are )?(?:so |really )?(?:bad|strong|worse|intense|back|getting)|"
        "nobody cares|no one cares|no one would (?:notice|care)|(?:wont|isnt|not|"
        "stopped) (?:answer|answering|picking up)|psych (?:ward|hospital|unit)",
    ),
}


def hints_together(text: str) -> bool:
    """Whether the message (as `set_aside` leaves it) holds hints of two kinds, or two different arrangements."""
    kinds = sum(1 for pattern in HINTS.values() if pattern.search(text))
    arrangements = {match[0] for match in HINTS["arranging"].finditer(text)}
    return kinds >= 2 or len(arrangements) >= 2
