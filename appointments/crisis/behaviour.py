"""What has been planned, prepared or done: C-SSRS questions 3 to 6, and self-harm."""

from .normalise import CLAUSE_ENDS, END, NEAR, compile_words
from .vocabulary import GUN, HEIGHTS, LATER, PILLS, WHOSE

# C-SSRS 3 to 6 (a method, intent, a plan, preparation) and 988's "making a plan or researching ways to die".
INTENT_PLAN_OR_MEANS = compile_words(
    # A third blind set's means and preparation: a bag, helium, rope at the store, pills put away, a date.
    "(?:helium|plastic bag|exit bag)[^.!?;]{0,40}(?:bags?|head|tank|researching|bought|ordered)|(?:researching|"
    "researched|reading about|looked up) (?:helium|nitrogen|carbon monoxide)",
    "(?:plastic )?bag over my head",
    "(?:looking at|look at|looked at|bought|buying|buy|pricing|checking out) (?:the |some |a )?(?:rope|ropes|nooses?)",
    "(?:picturing|imagining|visuali[sz]ing|see|seeing) myself (?:hanging|jumping|dead|falling|bleeding|in a coffin)",
    "(?:plan|planning|planned|plans) (?:my|your|their) (?:own )?(?:death|suicide|funeral)",
    "(?:take|taking|took|swallow|swallowing) (?:the )?(?:whole|entire) (?:supply|stash|bottle|box|pack|"
    "prescription)(?: at (?:the same time|once))?",
    "(?:put|hid|hidden|keeping|kept|saved|saving|stashed|stashing) (?:the |my |all my |some )?(?:pills|tablets|"
    "meds)[^!?;]{0,50}(?:just in case|in case|for when|for later|ready)",
    "(?:know|knows|looked up|worked out) (?:exactly )?(?:what|which|how much) (?:dose|amount)[^.!?;]{0,30}(?:fatal|"
    "lethal|would kill|enough)",
    "(?:take|taking) myself out|go through with it|(?:wrong|other) side of the (?:bridge )?(?:railing|rail|fence|"
    "barrier)",
    "(?:walking|walked|walk|swimming|swam|swim) (?:out )?into the (?:ocean|sea|lake|river|water) (?:at night|alone)",
    "(?:driving|drive|drove|walking|walk) (?:past|to|by|over) the bridge[^.!?;]{0,40}(?:stopping|stop|jumping|jump|"
    "edge|thinking)",
    "(?:scared|afraid|worried) of failing[^.!?;]{0,30}(?:would have|wouldve|id have) (?:done it|gone through)",
    "waiting for the right (?:moment|time|day) to (?:go|do it|end it|leave)|(?:one more week|one more day|"
    "one more month)[^.!?;]{0,40}(?:finally|then i can) go",
    "(?:made|had|survived) (?:[0-9]+|for|two|three|four|five|several|multiple) (?:suicide )?attempts|(?:high|"
    "highest) risk[^.!?;]{0,30}(?:attempts?|bad place)",
    "(?:took|swallowed) all (?:her|his|their|my) (?:pills|meds|tablets)|(?:says|said) (?:she|he|they)(?:ll|"
    " will) (?:try|do it) again",
    # Means and preparation in plain words (a blind set): all my pills together, a poison, an edge, a heart dose.
    "(?:take|taking|took|swallow|swallowed|swallowing) (?:all|all of) (?:my|the|these|those) [a-z ]{0,40}(?:and|"
    "to) (?:be done|end it|die|never wake|not wake)",
    "(?:drink|drinking|drank|swallow|swallowing) (?:the |some |a bottle of |a cup of )?(?:antifreeze|bleach|poison|"
    "drain cleaner|rat poison)|(?:antifreeze|bleach|rat poison|drain cleaner)[^.!?;]{0,60}(?:drink|drinking|swallow)",
    "(?:stepped|step|stepping|stood|standing|stand|leaned|leaning) [a-z ]{0,30}(?:edge|ledge|tracks?|rail|"
    "railing)[a-z ,]{0,30}(?:almost|nearly) (?:went|jumped|did it|stepped|let go)",
    "how (?:many|much) (?:mg |milligrams |grams |pills |tablets )?(?:of )?[a-z]+ (?:would|will|does it take to|"
    "to) (?:stop (?:your|my|a|the) heart|kill (?:you|me|someone|a person)|be (?:fatal|lethal|enough to die))",
    "(?:hair ?dryer|toaster|radio) (?:in|into|near|by) (?:the )?(?:tub|bath)|(?:filled|fill|filling) the (?:tub|"
    "bath)[^.!?;]{0,40}(?:hair ?dryer|toaster|razor|pills)",
    "took (?:a bunch|a lot|a handful|a whole bottle|all|too many) of (?:pills|my pills|tablets|meds|"
    "my meds)[^.!?;]{0,50}(?:woke up|didnt work|survived|hospital|er|emergency)",
    "(?:searching|searched|search|googling|googled|looking up|looked up|reading|"
    "read) (?:up )?(?:on )?how to (?:hang|kill|overdose|die|end (?:it|my life)|drown|suffocate)",
    "jump (?:off|from) (?:something|somewhere|a) (?:tall|high)",
    "(?:thinking|thought|think) (?:about|of) (?:the |a )?rope(?: again)?|(?:the )?rope again",
    "(?:step|stepping|walk|walking|jump|jumping|get|catch|run|running)[a-z ]{0,30}in front of (?:it|a bus|the bus|"
    "a train|the train|a truck|a car|traffic)",
    "phq ?9 (?:item|question|q) ?9 ?(?:=|is|was|:)? ?(?:[1-3]|yes|positive|several days|more than half|"
    "nearly every day)|(?:item|question|q) ?9 ?(?:=|is|was|:) ?(?:[1-3]|yes|positive|several days|more than half|"
    "nearly every day)",
    "columbia (?:screen|screener|scale|ssrs)?[a-z ]{0,10}positive|(?:history of|hx of|hx) (?:suicide attempts?|sa)",
    # Pills: C-SSRS's own example is "I thought about taking an overdose".
    "overdos[a-z]*",
    "(?:stockpil[a-z]*|stock piling|stock up|stocking up|stocked up|hoard[a-z]*|stash[a-z]*|save up|saved up|"
    "saving up|saving|saved|hiding|squirreling away|holding onto|holding on to|hanging onto|"
    "hanging on to|collecting|collected) (?:up )?(?:(?:all|some|extra|enough|a lot of|my|his|her|their|the|of|on|"
    "of my|old|leftover|a stash of|"
    f"a supply of|a bottle of) ){{0,3}}{PILLS}",
    "(?:collect|collecting|collected) (?:up )?(?:extra |old |leftover |spare )?(?:pills|tablets|sleeping pills|"
    "painkillers)",
    "(?:collect|collecting|collected|keep|keeping|kept|gather|gathering|gathered|stock|stocking|saving|saved|"
    f"hiding|hid) (?:up )?(?:(?:all|some|extra|enough|my|the|of my|old|leftover) ){{0,3}}{PILLS} (?:to|so i can|"
    "in order to) (?:take|swallow|overdose|end|die|kill|do it|not wake up)",
    f"{PILLS}[a-z ]{{0,20}} (?:saved up|saved|stashed|stashed away|hidden|hidden away|stockpiled|hoarded|put aside|"
    "set aside|"
    "squirreled away)",
    f"(?:count|counted|counting) [a-z ]{{0,15}}{PILLS}{NEAR}enough",
    "(?:take|took|taking|swallow|swallowed|swallowing|down|downing) (?:all|every one|every single one|"
    f"the rest) (?:of )?(?:my |the |those |these |her |his )?{PILLS}(?: at once| in one go| together and|"
    f" and (?:just )?(?:die|never|not|go to sleep|end it|be done)| tonight| now|{END})",
    "(?:take|taking|took|swallow|swallowing|swallowed) (?:them|it|these|those|my pills|"
    "my meds)? ?all(?: of them)? (?:at once|in one go|together and|tonight)|(?:taking|take|swallowing) (?:them|"
    f"all of them) all(?={CLAUSE_ENDS}| at once| in one go| tonight| now| and)",
    "(?:take|took|taking|swallow|swallowed|swallowing|down|downed|pop|popped) (?:the |a |my )?(?:whole|entire) "
    "(?:bottle|box|pack|packet)",
    f"(?:swallow|swallowed|swallowing|took|down|downed) (?:a )?(?:bottle|fistful) of {PILLS}",
    f"(?:taken|took|swallowed|take|swallow) too many (?:of )?(?:my |the )?{PILLS}(?: tonight| on purpose|"
    f" just now| to| and (?:i|im)|{END})",
    f"(?:took|taken) (?:a bunch|a lot|loads|a load|a ton|a handful) of {PILLS}(?: tonight| on purpose| just now|"
    f" to| and (?:i|im|then|woke|ended|was|passed)|{END})",
    f"(?:swallowed|downed) (?:a bunch|a lot|loads|a load|a ton|a handful|handfuls) of {PILLS}",
    "(?:every|all the) (?:pill|pills|meds|medication|tablets) in the (?:house|cabinet|bathroom)",
    f"{PILLS}[a-z ]{{0,20}} on purpose",
    "enough [a-z ]{0,25}to (?:kill me|kill myself|die|end it|end my life|overdose|not wake up|stop my heart)",
    f"enough {PILLS} (?:saved |stored |left )?(?:up )?to (?:do it|end it|kill|die|overdose|not wake up)",
    "(?:lethal|fatal|deadly) (?:dose|amount|overdose|combination|mix)",
    "how (?:many|much) [a-z ]{0,30}(?:to die|to overdose|to kill (?:me|myself|a person|someone)|is lethal|is fatal|"
    "is deadly|would kill|would be fatal|would be lethal|to not wake up|to end it|to stop my heart)",
    f"how (?:many|much) {PILLS} [a-z ]{{0,20}}(?:it would take|would it take|it takes|does it take|to take){END}",
    # Guns, hanging, heights, traffic, cars.
    "(?:hang|hanging|hung|shoot|shooting|shot|drown|drowning|drowned|gas|gassing|poison|poisoning|poisoned|"
    "suffocate|suffocating|electrocute|strangle|strangling|smother|choke|choking|stab|stabbing|stabbed) myself",
    "(?:throw|throwing|threw) myself (?:off|under|in front|from|out of|into (?:traffic|the (?:river|sea|lake|ocean)))",
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
    "hung|hang|hanging) (?:a |the |some )?(?:length of |piece of |coil of |roll of )?rope",
    "(?:whether|if) (?:it|the [a-z ]{1,20}|that) (?:would|could|will|can) (?:hold|support|take) (?:me|my weight)|"
    "(?:the|a) fall (?:would|will|could|might) (?:be enough|kill|do it|be fatal)|high enough to (?:die|kill|do it|"
    "be fatal|not survive)",
    f"(?:{PILLS}|{GUN}|rope|knife|razor|blades?)[^.!?;]{{0,50}}(?:if|when|in case|once) i (?:decide|choose|"
    "need (?:them|it|to)|am ready|m ready|get the courage|work up the courage)",
    "(?:keep|kept|keeps|keeping) thinking (?:about )?how easy it (?:would be|is)|(?:it would be|itd be|it is|its|"
    "it seems|how) (?:so )?easy (?:it would be )?to (?:just )?(?:step|walk|jump|drive|swerve|let go|take them|"
    "take it all|fall|slip away|end it|die|go|keep driving|crash|turn the wheel|not wake up|disappear|stop)",
    "(?:calm|peace|peaceful|relieved|at ease)[^.!?;]{0,30}(?:because|since|now that) (?:ive|i have|i) (?:decided|"
    "made (?:up my mind|a decision|my decision|the decision)|a plan|got a plan)",
    "(?:hid|hide|hidden|hiding|locked up|took away|removed|take away|taking away|took|moved) (?:the |my |all the |"
    "all my )?(?:kitchen )?(?:knives|pills|meds|medications|guns?|firearms?|razors?|belts|car keys|rope)"
    "[a-z ]{0,40}(?:from me|because (?:theyre|shes|hes|she is|he is|they are|im|everyone is|my [a-z]+ is) "
    "(?:worried|scared|afraid|concerned))",
    "bleed out|bleeding out|bled out|(?:more|most|least|less) (?:lethal|deadly|fatal)|(?:whole|entire) (?:bottle|"
    "box|pack|supply|prescription)[^.!?;]{0,40}(?:enough|kill|die|lethal|fatal)|practi[cs]ing with (?:the|a|my) "
    "(?:belt|rope|cord|noose|gun|knife|razor|pills)",
    f"{GUN} (?:is |are )?loaded|{GUN}[^.!?;]{{0,30}}(?:in front of me|next to me|in my lap|in my hand)|(?:took|"
    "take|taking|clicked|flipped) the safety off",
    "(?:voice|voices)[^.!?;]{0,30}(?:telling|tell|tells|saying|says) (?:me )?(?:to )?(?:do it|kill|hurt|die|jump|"
    "end it)|do it (?:after|before|on|once) [a-z ]{1,25} so (?:i|it|they|she|he|nobody|no one) (?:dont|doesnt|"
    "wont|can|will) (?:ruin|spoil|find|stop|see)",
    "(?:told|telling|tell) [a-z ]{1,20}(?:im|i am|i was) (?:moving|going|leaving)[a-z ]{0,20},? but (?:im|i am) not|"
    "so (?:no one|nobody) will (?:look for|come looking for|miss|notice|find) me",
    "(?:called|call) (?:911|the police|the cops|an ambulance|crisis) on me|welfare check on me|(?:put|placed) (?:me )?"
    "on a (?:hold|psych hold|72 hour hold)|(?:took|taken|hid|hidden|locked up) (?:my|the|all my) (?:pills|meds|"
    "medications|guns?|knives|razors?|belts?) away|(?:moved|removed|took|locked up|got rid of|gave away) (?:my |our |"
    "the |his |her |[a-z]+s )?(?:[a-z]+ )?(?:guns?|firearms?|pills|meds|knives)[^.!?;]{0,50}(?:when|because|since|"
    "after) (?:my )?(?:depression|i (?:was|got|started)|things got)|(?:wants|recommended|suggested|told) me to "
    "(?:go|be) (?:inpatient|admitted|to the (?:hospital|er|psych ward))",
    "(?:cant|cannot) (?:promise|say (?:that|the same)) (?:about|for) (?:tomorrow|tonight|next [a-z]+|the weekend|"
    "later|the future|after)|(?:decided|know|knew) what (?:ill|i will|im going to|i would|id) do if (?:this|it|"
    "ketamine|"
    "the treatment|nothing) (?:doesnt|does not|dont|fails|wont)|(?:looking at|staring at|lined up|laid out|spread "
    "out) (?:my |the |all my )?(?:meds|pills|medications|tablets)[^.!?;]{0,20}count[a-z]*|(?:has|have|got|found) a way "
    "out(?! of)|ready to join (?:her|him|them|my [a-z]+)(?! (?:for|at|in|on))|(?:cutting|cut|burning|carving) (?:on|"
    "into) my (?:stomach|arms?|legs?|thighs?|wrists?|skin|hips?|chest)",
    "(?:looked up|searching|searched|found|googled) (?:the )?(?:closest|nearest|highest|tallest) (?:bridge|overpass|"
    "cliff|train tracks)|found my (?:notes?|letters?|goodbye)|(?:looking for|find|found|"
    "finding|scouting) (?:a |the )?(?:place|spot|way|time|bridge|building) to do it|(?:set|gave|given) (?:myself )?"
    f"a deadline(?: for myself)?(?:{END}| and)|(?:told|telling) myself (?:thats|that is|its|it is) it|if (?:im|i am) "
    "not (?:better|feeling better) by [a-z ]{1,20},? (?:thats it|im done|i give up|ill end it|ill do it|im out)|"
    "stockpil[a-z]* (?:for|since) (?:months|weeks|a while|years)|because of what (?:ill|i will|i might|i could) do",
    "(?:wont|dont|will not) (?:really )?need to worry about (?:money|bills|anything|rent|the future) (?:for )?"
    "(?:much|any) longer",
    "(?:not|wont|wouldnt) (?:going to )?do anything (?:tonight|today|right now|yet)",
    "(?:backup|back up|other|b) plan[^.!?;]{0,30}(?:isnt|is not|wont be|not) (?:another|a|more) (?:doctor|"
    "treatment|clinic|medication|therapist|therapy)",
    "(?:underwater|under water|under the water)[^.!?;]{0,40}(?:see how long|how long it takes|until)",
    "(?:counted|counting|count) (?:what|everything|the pills|how many pills|all the pills)[^.!?;]{0,20}(?:in "
    "there|in the cabinet|i have|we have|left)",
    "(?:going|go|went|drive|driving|head|heading|take|taking|took) (?:to|into|out to) (?:the )?(?:woods|forest|"
    f"lake|river|mountains|desert|cliffs?|bridge|beach|[a-z]+ park)[a-z ]{{0,25}}with (?:a |my |the |[a-z]+s )?"
    f"(?:[a-z]+ )?{GUN}(?![^.!?;]{{0,40}}(?:hunt|deer|elk|duck|turkey|season|range))",
    "(?:said|says|told me|told us|admitted) (?:that )?(?:i|he|she|they) (?:have|has) a plan(?! (?:with|through|"
    "from|that covers|for (?:insurance|coverage|the)))",
    "(?:i feel|im feeling|feeling|i felt|if i (?:ever )?(?:felt|feel)) unsafe(?! (?:walking|driving|at work|in "
    "(?:the|that|this|my) (?:neighborhood|area|parking|office|building)))",
    "(?:promised|promise|told) [a-z ]{1,25}(?:reach out|call|contact|ask for help|talk to someone|tell (?:someone|"
    "you|him|her)|try (?:one more|once more|again|one last)|email|write|message|text)[^.!?;]{0,30}before (?:doing|"
    "i do|i did|trying|acting|i act)|before (?:acting on|i act on) (?:it|them|the thoughts|these thoughts)",
    "(?:dont know how long|not sure how long|how long) i can (?:keep myself safe|stay safe|hold on|hold out)",
    "stitch[a-z]* (?:up )?my wrists?|my wrists? (?:stitched|needed stitches)|(?:icu|hospital|er|intensive care|"
    "psych ward)[^.!?;]{0,20}(?:after|from|because) (?:i )?(?:taking|took|swallowing|swallowed|an overdose|"
    "overdosing|i tried|trying|cutting|the pills)|(?:after|from) (?:taking|swallowing) (?:all|a bottle|a bunch|"
    "a handful|too many)",
    "(?:jump|jumping|jumped|leap|leaping) (?:off|from|of|out of|in front of) (?:a |the |my |our |that |this |some |"
    "an )?(?:[a-z]+ )?(?:bridge|building|roof|rooftop|balcony|cliff|overpass|ledge|tower|parking garage|car park|"
    "window|train|bus|truck|car|subway|metro|traffic|tall building|high building|[a-z0-9]+ (?:floor|story|storey))",
    f"(?:going to|gonna|will|ill|want to|wanna|about to|ready to|tempted to) jump{END}",
    "(?:step|stepped|stepping|walk|walked|walking|run|ran|running|lie|lay|lying|throw myself) (?:out |off the curb |"
    "off the platform )?"
    "(?:in front of (?:a |the |an |oncoming )?(?:train|bus|truck|car|subway|lorry)|into (?:oncoming )?traffic|"
    "(?:on|onto) the (?:train )?tracks)",
    "(?:way out|one) that (?:doesnt|wont|will not|does not) hurt|if i (?:jumped|jump|hanged|overdosed|took (?:all|"
    "them all|the whole))[^.!?]{0,30}(?:would it|will it|does it|how much|would i) (?:hurt|die|survive|feel)",
    "(?:what happens|who (?:will|would) take care of|who takes care of) (?:to )?(?:my|the) [a-z]+ (?:if|when) "
    "(?:im|i am|i was|i) (?:not here|gone|dead|die|not around)",
    "(?:decide|deciding|choose|choosing)[a-z ]{0,10} between (?:the )?(?:pills|gun|rope|bridge|jumping|hanging|"
    "overdose|train) (?:and|or) (?:the )?(?:pills|gun|rope|bridge|jumping|hanging|overdose|train|tracks|roof)|(?:the )?"
    "(?:bridge|pills|gun|rope|train|tracks|roof|jumping|hanging) (?:is|are|would be|will be) the (?:way|answer|"
    "best way|only way|easiest)",
    "(?:step|stepped|stepping|walk|walked|walking) (?:out )?into (?:the )?(?:road|street|traffic)[^.!?;]{0,30}(?:on "
    f"purpose|without looking|hoping)|(?:knife|blade|razor|gun|pistol|pills|rope) in my hand(?:{END}| right now| now)",
    "(?:took|swallowed|taken|downed|ate) (?:like |about |over )?(?:[1-9][0-9]+|a dozen|dozens|twenty|thirty|forty|"
    f"fifty|a hundred) (?:of (?:my |the )?)?(?:[a-z]+ )?(?:pills|tablets|capsules|{PILLS})|(?:drank|drink|drinking|"
    "swallowed|swallow) (?:some )?(?:bleach|antifreeze|poison|drain cleaner|rat poison|lye)",
    "ways (?:to|of) (?:not exist|not be here|stop existing|end it|die|disappear for good|not wake up)|how long "
    "(?:it takes|does it take|would it take) to die|die from (?:hanging|an overdose|drowning|bleeding|jumping)|(?:can|"
    "could|would) (?:you|someone|a person|i) die (?:from|of) (?:taking )?(?:too much|too many|an overdose|a bottle|"
    "all)",
    "woke up in (?:the )?(?:icu|er|hospital|psych ward)[^.!?;]{0,30}(?:after what i did|after i (?:took|tried|"
    "swallowed|cut))|c ssrs (?:positive|pos)|(?:screened|screen) positive (?:for|on) (?:suicide|suicidal|the c ssrs)",
    "(?:drive|driving|drove|crash|crashing|crashed|steer|steering|turn|turning|swerve|swerving) (?:my car |the car |"
    "it )?"
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
    "(?:painless|quick|quickest|easy|easiest|peaceful|surest|best) (?:way|ways|method|methods) (?:to go|out|of dying)",
    "(?:searched|searching|googled|googling|looked up|looking up|researched|researching|reading about|read about) "
    "(?:up )?(?:online )?(?:about |for )?(?:(?:ways|methods) (?:to (?:die|kill|end (?:it|my life)|do it|go)|"
    "of (?:dying|"
    "killing|suicide|ending it))|how to (?:die|kill)|lethal|painless ways)",
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
    " to myself| something (?:stupid|drastic|permanent|to myself)| on| with it| if| when| alone| tonight| this)",
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
    # Pills: how many it would take, saving them up, having them ready.
    "(?:see if|find out if|wonder if|wondering if|check if|test if|to know if) [a-z0-9 ]{0,30}"
    f"{PILLS}[^.!?;]{{0,30}}(?:are|is|would be|will be) enough|(?:have|got|had) (?:the |my |all my )?{PILLS} "
    "counted|(?:counted|counting) out (?:the |my |all my |all the )?(?:[a-z]+ )?(?:pills|meds|tablets)",
    "(?:so (?:that )?(?:id|i would|i could|i can|i will|ill) have|to have) (?:more|enough|extra|a lot)(?: [a-z]+)? "
    "(?:saved|stored|stocked|left over|to take|put away)|(?:skipped|skipping|not taking|stopped taking|hiding) "
    "(?:my )?[a-z ]{0,15}(?:so|to) (?:save|stock|have (?:more|enough))",
    "(?:reading|read|researching|researched|looked up|looking up|googling|googled|searching|searched) (?:about )?"
    "(?:which|what) [a-z ]{0,30}(?:most )?(?:deadly|lethal|fatal|most dangerous)",
    f"{PILLS}[^.!?;]{{0,40}}woke up in (?:the )?(?:hospital|er|icu|ambulance)|(?:stomach|stomache) pumped",
    "how (?:many|much) (?:of )?(?:(?:my|the|these|those|his|her|all) )?"
    f"{PILLS}[a-z ]{{0,25}}(?:it would take|would it take|it takes|does it take|would be enough|is enough|"
    f"it would be|would do it|would do the job|would kill|to be lethal|to be fatal|to take{END})",
    "(?:looked up|looking up|look up|researched|researching|googled|googling|searched|searching|checked|read up on|"
    "reading up on|calculated|calculating|figured out|worked out|counted|counting) how (?:many|much) (?:of )?"
    f"(?:(?:my|the|these|those|his|her) )?{PILLS}(?! (?:i |you |one |we |someone |a person )?(?:can|should|could|"
    "may|am allowed|are allowed|is safe|are safe|is ok|is okay|is allowed|per day|a day|daily|at a time|with|before|"
    "after|on))",
    "(?:early )?refills? (?:early )?(?:so (?:that )?(?:i )?(?:can|could)|to|and) (?:save|stock|stockpile|hoard|"
    "collect|keep|stash)|(?:so i can|so i could|to|and) (?:save|stockpile|hoard|collect|stash) (?:them|it|some|"
    "extra|a few|the extras?|a supply|a stash) up",
    f"{PILLS}(?: and (?:a |the |some )?[a-z ]{{0,20}})? (?:set aside|put aside|stashed|stashed away|hidden|"
    "hidden away|lined up|laid out|ready|in front of me|next to me|beside me|in my hand)(?! (?:for (?:the|my) "
    "(?:trip|travel|vacation|week|flight)|to go|in (?:a|my|the) (?:weekly |daily |pill )?(?:organi[sz]er|box|case|"
    "dispenser)))",
    "(?:highest|tallest) (?:roof|building|bridge|floor)[^.!?;]{0,30}(?:get onto|get to|access|get up|climb)",
    f"(?:a |the |my )?(?:bottle|bottles|box|handful|pile|stash) of {PILLS} (?:next to|beside|in front of|with|by) me",
    "(?:thinking about|think about|thought about|thinking of|going to|want to|about to|tempted to|considering|"
    "urge to|might|could|should i) (?:just )?(?:take|taking|swallow|swallowing|down|downing) (?:all of them|"
    "them all|all of it|it all|the (?:whole|entire) (?:bottle|box|pack|packet|thing)|all (?:of )?(?:my|the|these|"
    f"those) (?:pills|meds|medications|tablets|[a-z]+ pills))(?:{END}| at once| tonight| right now| now| and)",
    # Heights: measuring the bridge, the tallest building, the cliffs.
    "(?:sit|sits|sitting|sat|stand|stands|standing|stood|stare|staring|stared|park|parked|parking|wait|waiting|"
    "waited|hang|hanging|drive|driving|drove|walk|walking|walked|go|going|went|look|looking|looked) (?:out )?"
    f"(?:to|at|on|by|near|under|up to|down to|over to|on top of|onto|off) {WHOSE} (?:(?:middle|edge|top|end|side|"
    f"railing) of (?:the|a) )?(?:[a-z]+ )?(?:{HEIGHTS}|window|windowsill)"
    f"(?: [a-z]+){{0,4}}{NEAR}(?:at night|alone|for (?:hours|a while|a long time|too long)|just (?:sitting|"
    "standing|staring|looking|sit|stand|stare)|sitting there|standing there|differently|measuring|the drop|"
    "the edge|the water below|jump|thinking about it|wondering|a lot|lately|how high|how far down|how tall|"
    "in the dark|when (?:the|a) train (?:comes|passes|goes by)|thought about the water|(?:staring|looking|stare|"
    "look|stared|looked) (?:at|into) the water|"
    "for (?:an hour|hours|a while|a long time|too long|ages)|"
    "and just sit)",
    f"(?:measur[a-z]*|how high|how tall|the height of|how far (?:down|the drop)|the drop){NEAR}{HEIGHTS}|"
    f"{HEIGHTS}{LATER}(?:measuring|how high (?:it|the)|how tall (?:it|the)|how far down|the drop|the fall would)",
    "(?:picked|chose|chosen|found|scouted) (?:out )?(?:a |the )?(?:spot|place|tree|location) (?:in the woods|by the "
    "(?:river|lake|bridge|tracks)|at the (?:bridge|cliffs?|lake))",
    "(?:looked up|looking up|look up|searched|searching|googled|googling|researched|researching|found|finding|"
    "scouted|scouting|checked out|checking out|know|knew) (?:the |where the |which is the )?(?:tallest|highest) "
    "(?:building|bridge|point|structure|parking garage|cliff|floor|roof)",
    f"(?:go|going|went|drive|driving|headed|heading|walk|walking|hike|hiking) (?:to|up to|out to) (?:the )?"
    f"(?:[a-z]+ )?{HEIGHTS}{LATER}(?:not (?:planning on |plan on |going to be |intending on )?coming back|"
    "dont plan on coming back|wont be coming back|never coming back|for good|one last time|the last time)",
    "(?:top|edge|railing|ledge|roof)[^.!?;]{0,50}(?:looked|looking|stared|staring|gazed|peered) (?:down|over)|"
    "(?:looked|looking|stared|staring|gazed|peered) (?:down|over the (?:edge|railing|side))[^.!?;]{0,30}(?:for (?:a "
    "(?:long )?(?:time|while)|hours|ages)|thinking|wondering|imagining)",
    "(?:sleeping|sleep|slept|living|staying|parked) [a-z ]{0,15}(?:by|near|at|on) the (?:cliffs?|bridge|ledge|edge|"
    "tracks)",
    "(?:think|thinking|thought|urge|urges|tempted|imagine|imagining|want|wanted) (?:about |of |to )?(?:just )?"
    "(?:turning|turn|jerking|jerk|yanking|yank|swerving|swerve|letting go of) the (?:steering )?wheel|"
    "(?:not|never) stop(?:ping)? (?:at|for) (?:the|a) (?:red light|stop sign|train|crossing)|(?:run|running|ran) "
    "(?:a|the) red light on purpose",
    "(?:drive|driving|go|going|walk|walking|head|heading|swim|swimming|wade|wading) (?:to|into|out to|out into) "
    "[a-z ]{1,25} and (?:just )?(?:not|never) (?:come|coming|go|going) (?:back|home)|(?:walk|walking|swim|swimming|"
    "wade|wading) (?:into|out into|out to|out in) the (?:ocean|sea|lake|river|water|waves)[a-z ]{0,20}(?:keep going|"
    "not (?:come|coming) back|never come back|and not stop|until)|(?:go|going|slip|slipping|sink|sinking) under "
    "(?:the water )?and (?:staying|stay|not coming up|never coming up)",
    "helium (?:and|with) (?:a )?(?:bag|mask|tank)|(?:buy|buying|bought|order|ordered|ordering) (?:a )?(?:helium|"
    "nitrogen) (?:tank|canister)|suicide bag",
    "(?:stood|sat|standing|sitting|stayed|lay|lying) [a-z ]{0,30}with (?:a|the|my) (?:razor|blade|knife|gun|pistol|"
    "rope|pills)|(?:sat|sit|sitting) (?:there )?(?:in (?:the|my) car )?with (?:it|the engine|the car|the motor) "
    "(?:on|running)",
    "(?:everything|all) i need to do it|(?:everything|all) (?:i need )?(?:ready|set) (?:to do it|for it)|"
    "(?:steps|details|plan|list|notes) (?:of|for|on|about) how (?:id|i would|ill|i will|to) (?:do it|end it|"
    "go through with it|die)|practi[cs]ing (?:tying )?(?:the |a )?(?:knot|noose)|tonight (?:is|feels like|"
    "might be|will be) the night",
    "(?:running|idling) (?:car|engine)[^.!?;]{0,40}garage|(?:car|engine)[^.!?;]{0,40}garage[^.!?;]{0,30}(?:door|"
    "doors) (?:shut|closed|down)",
    # A car running in a closed garage.
    f"(?:car|engine|motor) (?:running|on|idling){LATER}garage|garage{LATER}(?:car|engine|motor) (?:running|on|"
    f"idling)|(?:closed|shut|locked) garage{LATER}(?:car|engine)|(?:hose|tube) (?:from|to|on|into) (?:the|my) "
    "exhaust|(?:charcoal|coal) (?:grill |briquettes )?(?:in|inside) (?:the|my|a) (?:car|room|tent|bathroom)",
    # Guns: sleeping with one, one in the mouth, a gun store "not for hunting".
    f"(?:sleep|sleeps|sleeping|slept) with {WHOSE} (?:loaded )?{GUN}|{GUN} under (?:my|his|her|their|the) pillow|"
    f"{GUN}[^!?]{{0,100}}(?:in|into) my mouth|(?:put|putting|hold|holding|held|press|pressing|pressed) (?:it|"
    "the barrel|the muzzle) (?:in|into|to|against) my (?:mouth|temple|head|chin)",
    "(?:train|bus) (?:schedules?|times|timetables?)[^.!?]{0,40}not (?:to|for) (?:ride|riding|take|taking|travel|"
    "catch|catching)",
    f"{GUN}[^!?]{{0,80}}(?:waiting periods?|not for (?:hunting|target practice|the range|sport|protection|"
    f"self defen[cs]e))|waiting periods? (?:for|on) (?:a |buying a )?{GUN}",
    # Rehearsal, a date, the ease of it, something permanent.
    "(?:rehears[a-z]*|practic[a-z]*|visuali[sz][a-z]*|imagin[a-z]*|pictur[a-z]*|playing out|played out|going over|"
    "went over|running through|ran through|walking through|walked through)(?: in my (?:head|mind))? (?:how|where|when|"
    "what) (?:i would|id|"
    "i will|ill|im going to|i could|i might|i can|to) (?:do it|end it|go through with it|kill myself|die|jump|"
    "hang|say goodbye)|rehears(?:e|ed|ing|al) (?:it|the plan|my plan|my death|my suicide|tying|the knot|with the "
    "(?:rope|gun|pills)|hanging|jumping|taking the pills)",
    f"(?:a|the) (?:date|day|night|time|place|spot|method) (?:picked|chosen|planned|decided)(?: out)?{END}|(?:wrote "
    f"down|circled|marked) (?:a |the )?(?:date|day){END}",
    "(?:ill|im going to|going to|i will|i could|i can) do it (?:when|while|once|after) [a-z ]{1,25}(?:asleep|"
    "at school|at work|gone|away|out of the house|not home|not around|not looking|on vacation|on holiday)",
    "how easy it (?:would be|is|could be|would all be) to (?:just )?(?:not wake up|die|end it|end (?:it all|"
    "everything|my life|things)|disappear|jump|step|swerve|drive off|crash|take (?:them|all|it all|the whole|"
    "everything|a handful)|stop (?:breathing|my heart)|let go|slip away|fall|overdose|pull the trigger|"
    "never wake up|kill myself|be gone|not be here|go)",
    "(?:before|until|or|else|otherwise|in case) i (?:do|might do|will do|could do|ill do|end up doing|did) "
    "(?:something|anything) (?:permanent|stupid|drastic|irreversible|i cant take back|i cant undo|to myself)|"
    "(?:do|did|doing) (?:something|anything) (?:permanent|irreversible|drastic) to myself|(?:do|did|doing|done) "
    "(?:something|anything) to myself",
    # What has been done: "tried to jump", "a failed attempt", "hx of attempts".
    "(?:after|following|since|from) (?:my |an |the |two |several |multiple |a few )?(?:suicide )?attempts?(?! (?:at|"
    "to|with|of|on|for))|(?:lied|lie|lying) (?:to [a-z ]{1,20})?(?:and )?(?:said|saying|told [a-z]+) (?:that )?(?:i|"
    "it) "
    "(?:slipped|fell|was an accident|tripped)",
    "(?:dont think i can|cant|couldnt|not sure i can|dont know if i can) (?:do|survive|handle|face|take|"
    "make it through|get through) another (?:winter|year|christmas|day|week|month|holiday|round)(?! (?:of|with|"
    "like))|(?:cant promise|not sure|dont know if|no guarantee) (?:ill|i will|i can|id) (?:still )?be (?:here|"
    "around|alive)",
    "(?:tried|try|trying|attempted|attempting|tries) to (?:jump(?! (?:the (?:queue|line|gun|battery|car|start)|"
    f"in|on|through|ahead|start|back|rope|at))|hang{END}|drown|crash|slit|cut (?:myself|my)|take (?:all|a bunch of|"
    "too many|my pills|pills|a bottle|an overdose|the whole))",
    "(?:failed|unsuccessful|botched|recent|latest|first|second|third|last|suicide|one|two) attempts?(?! (?:at|to|"
    "with|of|on|for|in (?:my|the) (?:exam|test|course|class)))|history of (?:suicide |suicidal )?(?:attempts|"
    "overdoses?|self harm|cutting)|(?:attempt|attempts|overdose) (?:in|back in) (?:[0-9]+|january|february|march|"
    "april|may|june|july|august|september|october|november|december)",
)


SELF_HARM = compile_words(
    # A third blind set's self-harm: old blades, nails in the skin, scars kept open, punching walls to feel.
    "(?:found|find|have|got|keep|kept) (?:my |the )?(?:old )?(?:blades?|razors?)[^.!?;]{0,40}(?:using|use|close|"
    "again|tempted)",
    "(?:digging|dig|dug) my (?:nails|fingernails)|(?:picking|pick) at (?:the |my )?(?:scars|wounds|cuts|"
    "scabs)[^.!?;]{0,30}(?:heal|hurt|bleed)",
    "(?:punching|punch|punched|hitting|hit) (?:walls|the wall|myself)[^.!?;]{0,30}(?:feel|hurt|pain)|cutting to feel",
    "(?:not safe|dont feel safe|unsafe) (?:at home |right now |around )?[^.!?;]{0,20}(?:from|with|around) myself",
    # Hurt on purpose in plain words (a blind set): to feel something, fresh cuts hidden, a fight picked to be hurt.
    "(?:hoping|hope|want|wanting) (?:one of them|someone|somebody|they|he|she) (?:hurts|hurt|kills|kill|beats|beat) me",
    "on purpose to feel (?:something|anything|pain)|(?:slammed|slamming|hit|hitting|punched|punching|burned|burning|"
    "burnt|scratched|scratching|banged|banging|bit|biting|hurt|hurting) [a-z ]{0,30}on purpose",
    "fresh cuts|cuts (?:i|that i) (?:need|have) to hide|(?:does|did|do) it on purpose",
    "self harm[a-z]* again|(?:urge|urges) to cut",
    "eu me corto|me cortei|me corto|je me coupe|je me suis scarifie[a-z]*|scarifie",
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
    "keep|kept|go back to|went back to|going back to|relapsed|relapse|relapsing|stopped|quit|back to|not to|used to|"
    "trying not to|try not to) (?:to |on |into |and )?(?:cut|cutting|bleed|self harm|self harming|"
    f"sh)(?={CLAUSE_ENDS}| again| myself| deeper| more| tonight| today| every| when| whenever| at night|"
    " last (?:night|week)| yesterday| this (?:week|morning)|"
    " all the time| so | but| and| because| my (?:arms?|wrists?|legs?|thighs?|skin)| (?:[a-z0-9]+ )?(?:years?|"
    "months?|weeks?|days?) ago| for (?:[a-z0-9]+ )?(?:years?|months?|weeks?)| in (?:high school|college|my teens|"
    "the past)| when i was| as a (?:teen|kid))",
    "(?:cutting|cut) again(?! (?:on|back|down|my hours|hours))|(?:i|i just) cut (?:last night|yesterday|today|"
    "this morning|tonight|on purpose)",
    f"(?:i|i have|to) sh(?={CLAUSE_ENDS}| (?:when|again|every|to|because|daily|most|a lot|sometimes))",
    "(?:fresh|new|deep) (?:cuts|wounds|scars|burns) (?:on|up|from) my|(?:make|made|making) myself bleed",
    "(?:dont|do not) deserve to eat|hacerme dano|cortarme|lastimarme",
    "(?:make|made|making|do|did|doing) (?:small |little |deep |some )?(?:cuts|cut|scratches|burns|marks|wounds) "
    "(?:on|in|into|to|across) (?:my|his|her) (?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?)",
    "(?:cut|cutting|burn|burning|hit|hitting|hurt|hurting|scratch|scratching|punch|punching)[a-z ]{0,30}(?:because|"
    "when|whenever) (?:i (?:am|was|feel|felt|get|got)|im) (?:very |so |really )?(?:sad|angry|upset|depressed|lonely|"
    "numb|overwhelmed|empty|bad|stressed|anxious)|(?:scars|marks|cuts) on (?:my|his|her) (?:wrists?|thighs?)",
    "(?:hitting|banging|hit|bang|banged|slamming|slam|slammed) my head (?:on|against|into) (?:the )?(?:walls?|"
    "floors?|doors?|desk|table)|(?:make|made|making) myself (?:hurt|bleed|suffer|bruise)|(?<!dont )(?<!not )deserve to "
    "(?:hurt|suffer|be punished|feel pain|be in pain|bleed)",
    "(?:me|se) (?:corto|corta|cortaba|lastimo|lastima|quemo|golpeo) (?:para|cuando|porque|si)",
    # Hiding it: "stitches from cutting, I told the ER it was an accident".
    "(?:told|telling|tell) (?:the )?(?:er|emergency room|hospital|doctors?|nurses?|them|everyone|my [a-z]+) (?:it|"
    "that it) was an accident|(?:stitches|stitched|sutures|staples|scars?|bandages?)[^.!?;]{0,30}(?:from|after|"
    f"because of) (?:cutting|self harm|my cuts|the cuts)|(?:from|by|after) cutting{END}",
    "(?:me|se) (?:he |ha |has |estoy |esta |estaba |he estado |ha estado |sigo |volvi a )?(?:cortando|cortado|"
    "cortar|corte|corto|corta|cortas|cortaba|cortan|lastimando|lastimado|quemando|quemado)(?: (?:los|las|mis|sus|"
    "el|la) (?:brazos?|piernas?|"
    f"munecas?|muslos?|piel)| otra vez| de nuevo| a proposito|{END})",
    "(?:me|se) (?:cortar|cortando|cortei|cortou|machucar|machucando)|automutila[a-z]*|autolesion[a-z]*|autolesao|"
    "me (?:couper|scarifier|faire du mal)|scarification|automutilation",
)
