"""988's warning signs that name no act: hopelessness, being a burden, saying goodbye."""

from .normalise import CLAUSE_ENDS, END, NEAR, compile_words
from .vocabulary import FAMILY, LATER, PAIN_AFTER, PILLS, QUALIFIED

# 988: feeling hopeless, trapped, empty, having no reason to live, unbearable pain, being a burden.
HOPELESSNESS_OR_BURDEN = compile_words(
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
    "(?:life|my life) (?:has|have) no (?:meaning|purpose|point|value)|(?:see|have) no future|"
    "no future (?:for me(?! (?:in|at|with) (?:this|that|the|my) [a-z]+)|"
    "anymore)|"
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
    "(?:pointless|no use|useless|no sense) (?:to |in )?(?:keep living|go on|going on|living|being alive|stay alive)",
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
    f"any longer|much longer|like this)|cant (?:do it |do this |take it )?(?:anymore|more)(?:{END}| i | im )",
    "(?:dont|do not) want to (?:do this|do it|be me|keep going|go on|continue|fight|try) ?(?:anymore|any longer)",
    "(?:dont know|not sure) how (?:much longer |long )?(?:i can|i can keep|to keep|im going to|i will|ill) "
    "(?:go on|keep going|carry on|do this|keep doing this|hold on|take (?:it|this)|survive|live like this|cope)",
    "how much longer i can (?:go on|keep going|do this|take (?:it|this)|hold on|live like this|cope|survive|"
    "keep fighting)",
    f"im (?:so |just |completely )?done(?:{END}| living(?! with| in| like)| with (?:life|everything|it all|living|"
    "being alive))|"
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
    "better off (?:(?:just )?not being (?:here|alive|around)|not here|not alive|not around|not existing|gone|"
    "never born)|(?:better off|happier|better) "
    "(?:with|having) (?:someone|somebody) else (?:raising|caring for|looking after|as)|(?:better|easier|happier)"
    "(?: off)? (?:with|having) (?:a )?(?:new|different|another) (?:mom|mother|dad|father|wife|husband|partner)",
    "(?:better|easier|happier|simpler|relieved|fine|ok|okay|free|lighter)(?: off| place| world|"
    f" life)?(?: for (?:everyone|them|my {FAMILY}|all))? (?:without me(?! (?:for|while|during|until|today|this|"
    "tonight|at|on))|with me gone|once im gone|when im gone|"
    "if im gone|if i (?:was|were) (?:gone|dead|not here|not around|never born|not alive)|if i (?:just )?(?:wasnt|"
    "werent) (?:here|around|alive|born)|if i (?:just )?(?:died|disappeared|didnt exist|killed myself|"
    "never existed|left for good|vanished|stopped existing|went away|ceased to exist|didnt come home|never came home|"
    "didnt come back|never came back|didnt make it)|if (?:i|id|i had) "
    "(?:never been born|never existed))",
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
    "(?:dont|cant|dont really|cant really) see (?:a|any|the|one|much) (?:reason|point) (?:to|in|for) "
    "(?:stick|sticking|stay|staying|be|being|hang|hanging|hold|holding|go|going|keep|keeping|carry|carrying|live|"
    "living) (?:around|on|here|alive|going)?",
    "(?:no|not any|is no|theres no|dont see any|dont see the|cant see any|what is the|whats the) (?:have |has )?point "
    "(?:to|in|of) "
    "(?:live|stay alive|keep on|continue|go on)|no (?:reason|reasons) to (?:stick around|stay around|hang on|"
    "hold on)",
    "(?:soon|pretty soon|before long|after [a-z]+) (?:i )?(?:wont|will not) be (?:anyones|a|your|their) (?:problem|"
    "burden)|(?:wont|will not|not going to) be (?:anyones|a|your|their|everyones) (?:problem|burden)(?: for "
    "(?:anyone|you|them|anybody))? (?:anymore|much longer|for (?:much|long)|after [a-z]+|soon)",
    "(?:wont|will not|dont|not going to) (?:have to )?(?:put up with|deal with|worry about|take care of|look after|"
    "carry|support|pay for) me (?:(?:much|any) longer|soon|anymore|for long)|(?:nobody|no one|anyone|they|you|"
    "my [a-z]+) (?:will|wont|would) "
    f"(?:have to |need to )?(?:worry|deal|put up) (?:about|with) me(?:{END}| anymore| again| much longer| after "
    "[a-z ]{1,15})",
    "(?:would be|be|are|is) better (?:off )?(?:with|having) (?:her|his|their|my) (?:dad|mom|father|mother|"
    "grandparents|aunt|uncle)(?: full time| instead| raising)|(?:im|i am|being|been|feel like|am|become) (?:such )?"
    "(?:a|the) (?:weight|drain|anchor|dead weight|millstone|nuisance|curse) (?:on|for|to|around) (?:everyone|"
    "my [a-z]+|them|you|the family|everybody|people)|(?:apologi[sz]ing|apologi[sz]ed|saying sorry) to (?:everyone|"
    "everybody|all my [a-z]+|my [a-z]+) for (?:everything|all of it)",
    "(?:im|being|i am|i feel like) the reason (?:everyone|my family|they|my [a-z]+|people)(?:s| is| are) "
    "(?:sad|unhappy|miserable|struggling|suffering|stressed|upset)|living for (?:nobody|no one|nothing)|(?:dont|"
    "cant) see how (?:this|it|things|my life) (?:ends|will end|is going to end|could end) (?:well|okay|ok|good)",
    "(?:if|when|once) i (?:die|end|am dead|am gone|m dead|m gone|was dead|was gone),? (?:it|the pain|this|"
    "everything|all of it)(?:ll| will| would) (?:stop|end|be over|go away)|(?:only way|only way out|the only way)"
    "[^.!?;]{0,30}(?:if|is) i (?:end|die|go|am gone|stop)",
    "(?:better off|be better|be richer|get more) with (?:the |my |his |her )?(?:life )?insurance (?:money|payout|"
    "policy)|life insurance (?:payout|money)[^.!?;]{0,40}(?:better|than (?:me|him|her))",
    "cansad[oa] de (?:vivir|la vida|todo|existir|estar viv[oa]|luchar|seguir)|pensamientos (?:de muerte|suicidas|de "
    "morir)|pienso en (?:morir|la muerte|matarme|aventarme|tirarme|quitarme)|aventarme|tirarme (?:del|de un|de la|"
    "al) (?:puente|edificio|balcon|techo|tren|metro)|tomarme todas (?:mis|las) pastillas|(?:penso|pensando) em "
    "(?:morrer|me matar|suicidio)|(?:think|thinking) to (?:finish|end) (?:it|my life)|(?:pense|pensais|penser|"
    "pensees?|je pense) (?:a |au )?(?:mourir|la mort|me tuer|suicide|en finir)|idees noires",
    "no tengo (?:razon|razones|motivos?) para vivir|ya no (?:puedo|aguanto) mas(?! (?:con|el|la|este|esta|estos|"
    "estas) (?:dolor|dolores|migrana|migranas|cabeza|espalda))|(?:nao tenho|sem) (?:motivo|razao) para viver|"
    "(?:je nai|pas de) (?:plus de )?raison de vivre",
)


# 988: "withdrawing, saying goodbye, giving away important items, putting affairs in order".
SAYING_GOODBYE = compile_words(
    # A third blind set's farewells: no more appointments, nothing after a date, a goodbye posted, going away.
    "(?:wont|will not|dont|do not) (?:be )?(?:need|needing) (?:any|anymore|any more) (?:more )?(?:appointments|"
    "sessions|visits|follow ups?)",
    "(?:dont|do not|wont) (?:have|need) any (?:plans|thing) (?:after|past|"
    "beyond) (?:the )?[0-9a-z]+[^!?;]{0,20}(?:wont|will not) need",
    "(?:by tomorrow|after tonight|after this weekend|soon) (?:it |nothing )?(?:wont|will not|doesnt|does not) matter",
    "(?:posted|sent|wrote|texted|left) (?:a |her |his |their |my )?(?:goodbye|farewell|suicide note|"
    "note)[^.!?;]{0,30}(?:instagram|facebook|online|social|twitter|tiktok|snapchat|and we cant|cant reach)",
    "(?:told|telling) (?:my|the) (?:kids|children|family|wife|husband)[^.!?;]{0,20}(?:going away|"
    "leaving) for a long time",
    "last cry for help|(?:everyones|everybodys|everyone s) problem[^!?;]{0,25}(?:soon|not for long|wont be)",
    # Farewells in plain words (a blind set): no more appointments ever, the last message, thanks before going.
    "(?:wont|will not) (?:be )?(?:needing|need) (?:them|it|these|those|my [a-z]+|any [a-z]+) (?:after|past|"
    "beyond) (?:this|next|tonight|tomorrow)",
    "(?:any|every) (?:other )?appointments?,? ever again|(?:wont|will not) be (?:coming|back) ever again",
    "before the end(?! of)|before i go for good|(?:thank|thanks|say|said) [a-z ]{0,30}before (?:i go|"
    "tonight(?! (?:s|i|we))|its (?:all )?over)",
    "(?:the )?last time (?:ill|i will|i am|im going to) (?:be )?(?:writing|write|talking|talk|reaching out|"
    "reach out|contacting) (?:to )?(?:anyone|anybody|you|everyone)",
    "please forgive me[^.!?]{0,10}[.!?,]? [^.!?]{0,30}(?:tell them|my kids|i love)",
    "(?:wont|will not) be around to (?:use|need|enjoy|see) it",
    "(?:wont|will not) be a burden (?:to you |to anyone |to them |for you )?(?:much )?longer",
    "(?:i|i have|im|i am|id|to|been|just|already|and|finally|i just|i have just) (?:saying|said|say|wanted to say|"
    "want to say|writing|wrote|written|write|sent|sending|send|left|leave|leaving) (?:my |our |a |final |last |"
    "one last |some )*(?:goodbyes?|good byes?|farewells?)",
    "(?:texted|texting|messaged|called|told|telling|tell) (?:[a-z]+ ){0,3}goodbye",
    "(?:this is |thats )?the last (?:you|anyone)(?:ll| will)? (?:hear|see) (?:from|of) me",
    "(?:goodbye|goodnight|good night) (?:everyone|all|world|cruel world|forever|for good|for ever)|"
    "this is (?:my )?(?:goodbye|farewell)",
    "(?:goodbye|farewell|suicide) (?:letters?|notes?|message|messages|video|texts?)",
    f"(?:wrote|written|writing|write|left|leave) (?:a |the |my )?(?:notes?|letters?)(?:{END}| yesterday|"
    f" last [a-z]+| this [a-z]+| already| just in case| in case| for (?:each of |all of )?(?:my )?{FAMILY}| to "
    f"(?:each of |all of )?(?:my )?{FAMILY})",
    "(?:giving|gave|give|given|handing|handed) away (?:all |most |some |a lot )?(?:of )?(?:my|his|her|their) (?:things|"
    "stuff|"
    "belongings|possessions|prized|favorite|favourite|most|important|precious|valuables|pets?|cat|dog|guitar|"
    "(?:the |all the )?(?:things|stuff) (?:that )?(?:matter|mean|meant) (?:most )?to me|"
    "jewel[a-z]*|books|collection|art|savings|money)",
    "(?:giving|gave|give|given) (?:away )?(?:my|all my|most of my) (?:things|stuff|belongings|possessions|pets?|"
    "cat|dog|valuables) away",
    f"(?:gave|giving|give|given) (?:away )?{NEAR}wont need (?:it|them|these|those|anything) (?:anymore|where)",
    "(?:sorting out|sorted out|deciding|decided|figuring out|planned|planning) who (?:gets|will get|takes|"
    "will take|should get|should have) my|(?:told|asked) [a-z ]{1,20}to (?:take care of|look after|adopt|"
    "keep) my (?:dog|cat|pets?|kids|children|plants)",
    "(?:put|putting|get|getting|got|have|had|sorted|sort|sorting|set|setting) (?:all )?(?:of )?my affairs (?:in "
    "order|straight|sorted|settled|together|arranged)|"
    "my affairs are in order",
    "(?:made|make|making|wrote|writing|write|updated|updating|finished|finalized|finalised|drew up|drawing up) "
    "(?:out )?(?:a|my|his|her|their) (?:will|last will|testament)(?! (?:to|and power))",
    "(?:apologi[sz]ing|saying sorry) to everyone|(?:wrote|written|writing) (?:everyone|each of them|all of them|"
    "my [a-z]+) (?:a )?(?:letter|letters|note|notes)|my wrists? (?:is|are) (?:bleeding|cut|slashed)|(?:wed|we would|"
    f"theyd|they would|youd|you would|everyone would) be better off{END}|cut (?:deeper|too deep|deep enough)",
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
    "(?:tell|please tell|let) (?:my )?[a-z]+ (?:know )?(?:that )?(?:im sorry|i am sorry|i (?:love|loved) (?:her|him|"
    "them|you)|it (?:wasnt|was not|isnt|is not) (?:her|his|their|your) fault|"
    "its not (?:her|his|their|your) fault)",
    "(?:sorry|forgive me) for (?:everything|what im about to do|leaving)|what im about to do",
    "(?:said|say|saying) goodbye [a-z ]{0,40}(?:like|as if|as though) it (?:was|were|is|might be|could be|would "
    "be) the last time|last time (?:ill|i will|id|i would|youll|you will|anyone will) (?:see|talk to|hear from|"
    "speak to|hug|hear) me|last time (?:you|anyone|they) (?:will |ll )?(?:see|hear from) me",
    "(?:rehom[a-z]*|finding (?:a )?(?:new )?homes? for|found (?:a )?(?:new )?homes? for|giving away|gave away|"
    "give away) (?:my|our|his|her) (?:cat|cats|dog|dogs|pets?|bird|rabbit|fish|horse|kitty|puppy)"
    f"{LATER}(?:wont|will not|not going to|cant|wont be able to) be (?:around|here|able to)",
    "(?:who|whos) (?:would|will|should|could|gets|get|is going to) (?:get |have |take |inherit )?(?:my|his|her|"
    f"their) (?:things|stuff|belongings|possessions|[a-z]+){NEAR}(?:if|when|after) (?:i|he|she|they|im|hes|shes|"
    "theyre|he is|she is) (?:die|"
    "died|dies|dead|gone|was gone|were gone|pass|passed)",
    "who gets what|(?:giving|gave|give|given)[a-z ]{1,40}(?:to|away)[^.!?;]{0,60}wont need (?:it|them|these|those|"
    "anything|any of it)|my (?:son|daughter|husband|wife|partner|mom|dad|mother|father|brother|sister|child|kid|"
    "teen|teenager|boyfriend|girlfriend) (?:wrote|left|has written|had written) (?:a |some )?(?:note|notes|letter|"
    f"letters)|(?:please )?make sure [a-z ]{{1,20}} gets my [a-z]+{END}|(?:for|at|of|about) my (?:own )?funeral",
    "(?:giving|gave|give|given) away (?:the |all the )(?:things|stuff) (?:that )?(?:matter|mean|meant) (?:most )?to me",
    "(?:put|left|leaving|hid|placed|put) (?:a |the |my )?(?:letters?|notes?) (?:for|to) (?:my |each of my )?[a-z]+ "
    "(?:in|on|under) (?:the|my|a) [a-z]+|(?:ojala|quisiera|quiero|deseo|espero|prefiero) no (?:despertar[a-z]*|"
    f"amanecer)|(?:want|going|ready) to finish everything{END}|(?:pumped|pump) my stomach|(?:dont|do not|please dont|"
    "never) blame (?:yourself|yourselves|anyone|"
    "my [a-z]+)|sorry it (?:came|had to come|has come) to this|how many of my "
    f"{PILLS}[a-z ]{{0,20}}(?:would be too many|is too many|would it take|would do it|would be enough)",
    "(?:who|whos) (?:would|will|should|could|gets|get|is going to) (?:get|have|take|inherit) (?:my|his|her|their) "
    "[a-z]+ if something (?:happened|happens|should happen) to (?:me|him|her|them)",
    "(?:asked|asking|asks|wondering|wondered|wants to know) (?:me )?why i (?:gave|am giving|was giving|gave away|"
    "gave him|gave her|gave them)",
    "when you (?:hear|find out|learn) (?:what happened|about (?:me|it|what happened)|the news)|(?:please )?(?:know|"
    "remember|understand|dont think|dont blame yourself|dont blame yourselves) (?:that )?(?:its|it is|it was|it "
    "wasnt|it isnt|this is|this isnt|none of this is|none of it is) not (?:your|anyones) fault",
    "(?:wont|will not|will never|never|not going to) (?:be )?(?:hear|hearing|see|seeing) (?:(?:from|of) )?me (?:again|"
    "anymore|any more|after (?:this|today|tonight))(?! (?:until|till|for a (?:while|bit|few)|for [a-z0-9]+ "
    "(?:weeks|months|days)|once|after (?:my|the) (?:trip|vacation|move)))",
    "(?:wont|will not) need (?:it|them|this|that|these|those|any of (?:it|this|that|these|them)|my [a-z]+|anything|"
    "much)[a-z ]{0,20} where (?:im|i am) going",
)
