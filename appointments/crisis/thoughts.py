"""Thoughts of death and suicide: C-SSRS questions 1 and 2, and dying spoken of without the words."""

from .normalise import CLAUSE_ENDS, END, NEAR, compile_words
from .vocabulary import ADVERBS, HOPING, LATER, PAIN_AFTER, UNNEGATED, WAKE_UNLESS, WANTING

# C-SSRS 1: "Have you wished you were dead or wished you could go to sleep and not wake up?"
WISH_TO_BE_DEAD = compile_words(
    # A third blind set's plain wishes: to lie down and die, to sleep for ever, not minding dying tomorrow.
    "(?:want|wanna|wish|wishing|wanted|just want) to (?:just )?(?:lay|lie) down and (?:die|never get up|not get up)",
    "(?:go to sleep|sleep|fall asleep) and (?:stay asleep|sleep) (?:forever|for ever|for good)",
    "if i died (?:tomorrow|today|tonight|in my sleep)[^.!?;]{0,30}(?:wouldnt|would not|wont|not) (?:be )?(?:upset|"
    "mind|care|sad|sorry)",
    "(?:dont|do not|not) (?:think|sure) (?:im|i am|i will|ill) (?:going to )?(?:survive|make it through|"
    "last) (?:this|the|another|until)[^.!?;]{0,40}(?:want|wanting|care)",
    "(?:want|wanting|like|long|longing) to be with (?:him|her|them|my (?:husband|wife|son|daughter|mom|mother|dad|"
    "father|partner|brother|sister|baby))(?: again)?(?: in (?:heaven|death))?",
    "(?:reasons|reason) to (?:stay|stay alive|live|keep living)[^.!?;]{0,30}(?:down to|only) (?:one|1|a few|two|"
    "zero|none)",
    "(?:some nights|sometimes|part of me) (?:i )?(?:dont|do not) want to (?:turn back|come back|stop|swim back)",
    "(?:hoping|hope|wish) (?:the |my )?(?:ketamine|dose|infusion|treatment)[^.!?;]{0,40}(?:dont|do not|never|"
    "wont) (?:come back|wake up)",
    "(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:i )?(?:get|got|would get|could get|will get) (?:in|"
    "into|hit by) (?:a |an )?(?:car )?(?:accident|crash|car|bus|truck|train)",
    "(?:sounds|seems|feels|looks) (?:so )?(?:peaceful|like relief|like a relief|nice|appealing) to me",
    "(?:i think|think|thinking) to kill me|(?:i )?think (?:about|of) kill (?:me|myself)",
    # Plain wishes a blind set found missing: a prayer to be taken, envy of the dead, done with living.
    "(?:pray|praying|prayed|hope|hoping|wish|wishing) (?:every night |each night |daily )?(?:that )?god (?:takes|"
    "will take|would take|took|would just take) me",
    "envy (?:people|those|anyone|everyone) who (?:die|died|are dead|get to die)",
    "wish (?:i|it) (?:was|were|had been) (?:me|the one) (?:who|that) died",
    "(?:cant|couldnt) (?:take|face|do|stand|bear) another (?:day|week|month|year) (?:of being alive|of living|alive)",
    "(?:im|i am) done (?:trying to live|living(?! with)|with living|with life|with being alive)",
    "(?:dont|cant|do not|cannot) see myself (?:being |still )?(?:alive|here|around) (?:by|in|at|past|after|for|to see)",
    "(?:not|doesnt|dont|does not|do not) (?:planning|plan|going|intend|intending) (?:on|to) (?:be|being|stay|"
    "staying) alive",
    "no escape (?:except|but|other than|apart from) death",
    "(?:want|wanting|wanted|need) out (?:permanently|for good|forever)",
    "(?:cant|couldnt) do this life anymore",
    "se eu morresse|si (?:yo )?(?:me )?muriera|si yo no existiera|mejor (?:para todos )?si (?:yo )?no (?:existiera|"
    "estuviera)",
    "disparaissais pour toujours|je veux mourir|quiero morir|quero morrer",
    # Wanting to die, to be dead, not to exist.
    f"{WANTING} (?:to |i |i could |i would |i can |that i |that i could |id |i might |if i could )?{ADVERBS}"
    "(?:die|be dead|stop living|stop existing|stop being (?:alive|here|around)|not exist|not be alive|not be here|"
    "not be around|be gone|"
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
    "not be alive|end it|not wake up|not be around|stopped existing|stop existing|wasnt here|werent here|was gone|"
    "were gone|wasnt around|didnt exist|vanished|disappeared|died|was dead|didnt wake up|never woke up|"
    "ceased to exist)",
    "(?:i (?:could|would|should|might|will|want to|wish i could)|id|ill) (?:just )?(?:disappear|vanish)"
    "(?! (?:for a|from (?:work|social)|into))",
    "(?:leave|leaving|left|depart|departing|exit|exiting) (?:this world|this earth|this life)",
    f"{WANTING} to (?:go )?(?:be with|join|see|reunite with) [a-z ]{{0,20}}(?:in heaven|on the other side|up there)|"
    "(?:be with|join|reunite with) my (?:late|dead|deceased) [a-z]+",
    "(?:ask|asking|asked|beg|begging|begged|pray|praying|prayed|want|wish) (?:god |someone |somebody |"
    "the universe |him )?to (?:just )?(?:let me die|take me|kill me)|(?:just|please) let me die",
    "waiting (?:to die|for death|for the end(?! of))|(?:praying|pray|prayed|wishing|hoping|longing|waiting) for death",
    "death wish|welcome death|want death|long for death|eternal sleep|permanent (?:solution|way out|sleep)|"
    "dark thoughts",
    # Wishing something would kill me.
    f"(?:hope|hoping|wish|wishing|pray|praying){NEAR}(?:kills|will kill|would kill|finally kills) me",
    f"{HOPING}[^.!?;]{{0,20}}(?:a|the) (?:[a-z]+ )?(?:car|truck|bus|train|driver|drunk driver|plane|tree|bullet) "
    "(?:will |would |could )?(?:just )?(?:hits?|kills?|runs? me over|ends?|crush(?:es)?) me",
    f"{HOPING}[^.!?;]{{0,20}}(?:someone|something|a car|a truck|a bus|somebody|a train) (?:will |would |could )?"
    "(?:just )?(?:hits?|kills?|takes?|runs? me over|ends?) me",
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
    "(?:dont|no longer) want to live with (?:this|it|myself)(?! (?:[a-z]+ )?(?:pain|migraines?|headaches?|illness|"
    "condition|disease|symptoms|fatigue))",
    "(?:dont|no longer) (?:want|wish) (?:to )?(?:keep going|go on|carry on|continue|keep living|keep fighting|"
    "try anymore)(?! (?:to|with|on|in|at|through|for))",
    "(?:dont|no longer) want to be (?:here|around)(?! (?:at|on|in|for|by|with|when|until|till|before|after|if|"
    "during|tomorrow|today|this|next|all|people|anyone|others|them|him|her|my|crowds|noise|kids|family|the))",
    "(?:dont|no longer) want to be (?:here|around|alive) (?:for )?(?:much|any) longer|(?:planning|plan|planned|"
    "intend|intending|expect|expecting) (?:on |to )?not (?:being|be) (?:here|around|alive)|pretend(?:ing)? (?:that )?i "
    "(?:want|wanted) to (?:be here|be alive|live|exist|stay)",
    "not wanting to (?:be here|be alive|live|exist|wake up|go on|be around)",
    f"(?:i )?(?:just )?want out(?:{END}| of (?:this life|life|everything|it all|this world))",
    "(?:tired|sick|exhausted|weary|done) (?:of|with) (?:living|life|being alive|existing|being here|being me|surviving|"
    "just surviving|trying to survive|"
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
    "(?:to |would |could )?(?:just )?(?:end|stop|be over)(?! (?:with|for) (?:the|this|my|our|a|an|his|her)| "
    "(?:spinning|hurting|aching|moving|ringing|shaking|throbbing|buzzing))",
    f"{WANTING} (?:it (?:would|could|to) all|(?:everything|my life) (?:would|could|to)(?: all)?) (?:just )?"
    "(?:end|stop|be over)(?! (?:with|for|spinning|hurting|aching|moving|ringing|shaking|throbbing|buzzing))|"
    "wants? it (?:all )?(?:to )?be over",
    "make (?:it all|everything|all of it) (?:stop|end|go away)",
    # Not waking up, sleeping forever.
    "(?:wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying|want|wanted|rather|try|trying|tried|so i|"
    "so that i|fine if|ok if|okay if|"
    f"happy if|relieved if|glad if|nice if|better if|easier if|mind if){NEAR}(?:not|never|dont|wont|wouldnt|didnt|"
    f"no longer) (?:to )?(?:ever )?(?:wake|waking|woke) up{WAKE_UNLESS}",
    f"(?:not|never) (?:ever )?waking up{WAKE_UNLESS}",  # the fear of it is a figure of speech, set aside above
    "(?:and|to) (?:just )?(?:not|never) wake up(?! (?:until|till|before|for|with|early|in (?:pain|the)|at))",
    "(?:go|going|went|fall|falling|fell|drift|drifting) (?:to sleep|asleep|off) (?:and|n) (?:just )?(?:never|not|"
    "dont|wont|wouldnt|didnt) (?:ever )?(?:wake|waking|woke) up",
    "if i (?:fell asleep and |went to sleep and )?(?:didnt|dont|never|wouldnt) (?:ever )?(?:wake|"
    f"woke) up{NEAR}(?:fine|ok|okay|happy|relieved|glad|wouldnt mind|"
    "wouldnt care|not mind|not care|a relief)",
    "disappointed (?:that |when |to )?(?:i )?(?:woke|wake|am still|im still) (?:up|here|alive)(?! with)|woke up "
    "(?:disappointed|angry|upset) (?:again|that i|to be)|disappointed[^.!?;]{0,30}(?:didnt work|still alive|"
    "still here)",
    "(?:should|shouldve|should of) (?:have )?died|(?:angry|upset|mad|sad|disappointed|sorry) (?:that )?i "
    "(?:survived|lived|made it|didnt die)|(?:mistake|accident) (?:that )?(?:im|i am) still (?:here|alive)|(?:wasnt|"
    "was not|werent) (?:supposed|meant) to (?:survive|live|make it|be here)|(?:wish|wished) i (?:had )?(?:died|"
    "didnt survive|hadnt survived)",
    "rather be (?:a |an )?(?:actual |real )?(?:ghost|dead|gone|in the ground|six feet under)|six feet under|"
    "put (?:me )?out of my misery|soon (?:i|ill) (?:wont|will not) (?:either|matter|exist|be here|be around)",
    f"what it would (?:feel|be) like to (?:just )?(?:stop(?:{END}| existing| breathing| living)|not exist|die|"
    "be dead|not be here|disappear|not wake up|end it)|what it would (?:feel|be) like if i (?:just )?(?:didnt exist|"
    "wasnt here|was gone|was dead|died|stopped existing|disappeared)",
    "(?:going|go|gonna|ready|want|wanting|wish|time) to (?:go )?(?:see|join|be with|meet|reunite with) [a-z ]{0,20}"
    "(?:in heaven|on the other side|up there)|(?:ready|want|wanting|wish|going|time) to (?:go )?(?:be with|meet|see|"
    "go to) (?:jesus|god|the lord|my maker|heaven)",
    f"(?:its|it is) my time(?:{END}| to go| now)|(?:^|(?<=[.!?] ))time for me to (?:go|leave){END}|the (?:big|long) "
    "sleep|endless sleep|(?:the )?suffering (?:to )?(?:stop|end) (?:for good|forever|permanently)|my exit "
    "(?:planned|ready|sorted|figured out|worked out)|check(?:ing)? out (?:before|by) (?:the (?:year|month|holidays|"
    "end)|christmas|my birthday|spring|summer|fall|winter|new year|next [a-z]+)|(?:cant|dont) (?:picture|see|imagine)"
    " myself (?:alive|still alive|still here|here|around) (?:next|in|by|at)|(?:you|anyone) (?:wont|will not|will "
    f"never) (?:hear from|see) me(?:{END}| again| anymore)",
    "(?:its|it is|its all|it is all) over for me|(?:someone|somebody|anyone|god) (?:please )?(?:end|finish) (?:this|"
    "it|me|my life) for me|(?:ill|i will) (?:just )?be (?:a memory|a picture|dust|ashes) (?:soon|by|before)|(?:ill|"
    "i will|soon ill) be at peace (?:soon|finally|at last)|(?:soon|finally) ill be at peace",
    "(?:wouldnt|would not|wont) fight (?:it|death)|if death came|death (?:came|comes) for me|(?:im|i am|like im|"
    "feel) already dead|(?:part of me|most of me) is (?:already )?(?:dead|gone)|ready for (?:this|it|everything|"
    "it all|life|my life) to (?:be over|end|stop)|end up dead[^.!?;]{0,30}(?:fine|ok|okay|dont care|dont mind|good|"
    "relief)|(?:dont|do not) want to be (?:saved|revived|resuscitated|found|rescued|stopped)",
    f"(?:today|tonight|tomorrow|this weekend)(?:s| is| will be| might be| feels like) the (?:day|night){END}|(?:dont|"
    f"please dont|do not|no one can|nobody can) (?:try to )?stop me(?:{END}| this time| now)|(?:the )?pain inside"
    "(?: me)?(?: to)? (?:stop|end|go away) (?:forever|for good|permanently)",
    "(?:only|one) (?:thing|reason|ones?|people|person) (?:stopping|holding) me(?: back)?|id (?:do it|be gone|be dead|"
    "have done it|end it|kill myself)[^.!?;]{0,10}(?:if it (?:werent|wasnt|were not|was not) for|if not for)|"
    "(?:if it (?:werent|wasnt|were not|was not) for|if not for|without) (?:my )?[a-z ]{1,20},? (?:id|i would|"
    "i wouldve|i would have) (?:be gone|be dead|have done it|do it|end it|not be here|have killed myself|"
    "have ended it)",
    "(?:keeps|keep|kept|has been|have been|been|always|started|starting|starts|wont stop) (?:talking|talks) about "
    "(?:not being (?:here|around)|dying|death|being gone|ending it|killing)|"
    "(?:irme|ir|salir) de este mundo|dejar este mundo|(?:nao vejo|sem) sentido (?:em|de|na) (?:viver|vida)|"
    "(?:nen peux plus|ne peux plus) de vivre|marre de vivre",
    "(?:dont|not) (?:plan on|planning on|expect to|intend to|going to) (?:see|seeing|live to see|make it to|reach|"
    "reaching|celebrate|celebrating) (?:another|the next|my next)|then (?:i can|ill|i will) (?:go|rest|leave|"
    f"be done|let go){END}",
    "(?:wouldnt|would not|wont|dont) (?:mind|care|fight it|stop it|try to stop it)(?: if| when) it (?:happened|"
    "happens|came|comes)|(?:only|just) (?:still )?(?:here|alive|around) (?:because of|for) (?:my|the) [a-z]+|"
    "(?:only|one) thing keeping me (?:here|alive|around)",
    f"{WANTING} to (?:waste away|wither away|starve|rot)|{HOPING} (?:that )?something (?:bad )?(?:happens|"
    f"will happen|would happen)(?: to me|{END})",
    "(?:sleep|rest) and be (?:done|gone|finished|at peace)|my time (?:here |on earth |on this earth )?(?:is|feels) "
    "(?:almost |nearly |about )?(?:done|up|over|running out|finished)|(?:planning|plan|going|expect|intend) "
    "(?:on |to )?(?:be|being) gone (?:before|by)|(?:this is|this will be|make sure this is) (?:the|my) last (?:winter|"
    "christmas|birthday|summer|year|holiday|spring|fall|time) (?:i|ill|im going to) (?:go through|survive|suffer|"
    "see|live through|endure)",
    "(?:would be|be|its|it is|it would be) (?:a |such a )?(?:relief|release|mercy|blessing) (?:to|if i) (?:just )?"
    "(?:not be here|die|not wake up|be gone|not exist|be dead|stop|not be alive)",
    "(?:close|closing|shut) my eyes and (?:not|never) (?:open|opening) them (?:again|ever)|(?:stop existing|"
    "disappear|not exist|sleep|vanish)[a-z ,]{0,20}or forever",
    "(?:envy|envious of|jealous of) [a-z ]{0,25}(?:who|that) (?:died|passed|are dead|is dead|get to die|got to die)|"
    "(?:gets|get|got) to rest(?! (?:after|on|at|in|for|during|before))|"
    f"(?:{HOPING}|{WANTING}|want)[^.!?;]{{0,20}}my heart (?:would |to |will |could )?(?:just )?(?:stop|give out|"
    f"quit|fail)|{HOPING}[^.!?;]{{0,15}}(?:god|the lord|jesus|death) (?:takes|would take|will take|to take|take|"
    "took) me",
    "(?:want|wish|wished|wishing|long|longing|hope|would love|id love) (?:i could |to |i could just |to just |"
    "to go to )?(?:go to sleep|sleep|fall asleep|drift off|rest) (?:forever|for ever|and never wake|for good|"
    "permanently|"
    "always|and not (?:have to )?wake)",
    "(?:sleep|go sleep|go to sleep|fall asleep) and (?:not|never) (?:to )?(?:come back|wake|return)",
    f"{WANTING}{NEAR}(?:never|not) (?:have to |having to )(?:wake|waking) up{WAKE_UNLESS}",
    # Not caring whether I live; death as a relief; thinking about death.
    "(?:dont|wouldnt|would not|wont|stopped|stop|stopped caring|not caring) (?:care|mind|caring)? ?(?:if|whether|"
    "about) "
    "(?:i )?(?:die|died|dying|live or die|live|lived|"
    "wake up|woke up|dont wake up|didnt wake up|wasnt here|werent here|was gone|got hit|crashed|crash|"
    "never woke up|not waking up|was dead|get hurt|get killed|got hurt|got killed|hurt myself|end up dead)",
    f"(?:wouldnt|dont|would not) (?:care|mind){NEAR}(?:and die|and died|and dying|i died|i die|dead|killed me|killed)",
    "(?:dont|wouldnt|would not) care if (?:it|this|that|they|the [a-z]+|something|someone|anything) "
    "(?:kills|killed|would kill|hurts) me",
    "wouldnt mind (?:dying|being dead|not waking up|not being here|not existing)",
    "(?:death|dying|being dead) (?:would be|seems|sounds|feels like|is) (?:a |the |such a |such )?(?:relief|release|"
    "easier|"
    "better|peaceful|welcome|blessing|only way|answer|way out)",
    "(?:not waking up|not waking|dying|death|being dead|not existing|not being here|not being alive|ending it|"
    "ending it all|ending my life|sleeping forever)[a-z ,]{0,30} (?:sounds|seems|feels|would be|is|looks) "
    "(?:(?:so|really|kind of|very|more|like|almost) ){0,2}(?:peaceful|nice|good|appealing|tempting|a relief|relief|"
    "better|easier|comforting|calming|freeing|attractive|like a way out|like the answer|like the only)",
    "(?:think|thinking|thought|thoughts|obsess|obsessing|obsessed|fantasize|fantasizing|daydream|daydreaming) "
    "(?:about|of|with) (?:death|dying|my death|being dead|not being here|not being alive|not existing|"
    "not waking up)(?! (?:my|her|his) hair)",
    "(?:feel|feeling|felt) like dying(?! (?:of|from|laughing))",
    "(?:quiero|quisiera|me quiero|deseo|ganas de) morir|no quiero (?:vivir|seguir(?! tomando| con (?:el|la|los|las|"
    "este|esta)| yendo| pagando)|despertar)(?! "
    "(?:asi )?con (?:el |"
    "este |tanto )?dolor)|"
    "(?:mejor|ojala) (?:estar|estaria|estuviera) muert[oa]",
    # Passive wishes: an accident, a bus, an illness that would do it.
    f"{HOPING}{UNNEGATED}(?:terminal|fatal|incurable|cancer|(?:plane|flight|car|bus|boat|ship|elevator) (?:goes "
    "down|crashes|crash|would crash|falls|sinks)|(?:car|truck|bus|train|driver)s? (?:doesnt|dont|wont|wouldnt|"
    "didnt) (?:stop|brake|see me))",
    f"{HOPING}{LATER}(?:dont|not|wont|never) (?:see|live to see|make it to|wake up to|reach) (?:the )?(?:morning|"
    "tomorrow|sunrise|another day|the next day|next (?:day|week|year))|(?:dont|never|wont|not) come out of (?:it|"
    "this|the [a-z]+)(?! (?:feeling|with|okay|ok|fine|better|worse))",
    "(?:welcome|would welcome|wouldnt mind|dont mind|wish i (?:had|got|would get)|hope i get|hoping i get|pray for) "
    "(?:if i (?:got|get|had|have) )?(?:a |an )?(?:heart attack|stroke|aneurysm|cancer|death|the end|fatal|"
    "terminal|something terminal|deadly)",
    "waiting (?:for|on) (?:my body|my heart|it|my [a-z]+) to (?:give out|give up|stop|fail|quit)|(?:hope|hoping|"
    "wish|praying) my (?:heart|body|lungs) (?:gives out|give out|stops|fails|gives up)",
    "(?:stopped|quit|stop|not|skipping|skipped) taking (?:my )?[a-z ]{0,20}(?:meds|medications?|pills|insulin)"
    f"{NEAR}(?:dont care what happens|hoping|see what happens|to see if|so that i|so i (?:can|will|die))|"
    f"(?:dont|no longer) (?:really )?care (?:anymore )?what happens(?: to me)?(?:{END}| anymore)|(?:dont|wouldnt) care "
    "(?:anymore |at all |really )?(?:if|whether) i (?:live|lived|wake up|woke up|make it|survive)(?: or (?:not|die))?",
    f"{HOPING}{LATER}(?:not survive|dont survive|wouldnt survive|didnt survive|never survive|not come back|"
    "not be here|not be around|"
    "not exist|be gone|stop existing|"
    "never come back|not wake up|never wake up|get killed|be killed|die in (?:a|an|the|my) (?:accident|crash|wreck|"
    "sleep)|(?:not|dont|wouldnt|never) make it(?! (?:to (?:the|my|your|an?|our) (?:appointment|clinic|office|session|"
    "infusion|meeting)|on time|in time|worse|there|here|home|back|to work|in|harder|a habit|weird|awkward)))",
    "(?:fine|ok|okay|alright|good|happy|relieved|glad|grateful|thankful|at peace|wouldnt mind|wouldnt care|"
    "dont mind|dont care|would not mind|not mind|not care)(?: with it)? if (?:a |the |some |my )?(?:bus|car|truck|"
    "train|"
    "plane|drunk driver|something|someone|lightning|meteor|cancer|covid|it|this|that|infusion|ketamine|stroke|"
    "heart attack)[a-z ]{0,20} (?:hit|hits|killed|kills|took|takes|ran over|runs over|struck|strikes|fell on|"
    "went down|goes down|crashed|crashes|"
    "got|gets|ended|finished)(?: me)?",
    f"if i (?:got|get|were|was|died|dont wake up|didnt wake up|never woke up|just died){NEAR}(?:wouldnt (?:mind|"
    "care)|(?:be |feel )?(?:fine|ok|okay|relieved|a relief|free|at peace|grateful|glad)|relief|be better)",
    # "Everyone would move on in a week if I died".
    f"(?:everyone|they|people|my [a-z]+|no one|the world|life) (?:would|will|could)(?: just)? (?:move on|forget "
    "(?:about )?me|get over it|be over it|be fine|be okay|be ok|barely notice|not notice|not even notice|carry on|"
    "go on)"
    f"{NEAR}(?:if|when|once|after) (?:i|im) (?:died|die|dead|was dead|were dead|gone|was gone|were gone|"
    "killed myself|disappeared|wasnt here|werent here|didnt wake up)",
    f"if i (?:died|were gone|was gone|was dead|were dead|killed myself|disappeared|wasnt here|werent here){NEAR}"
    "(?:everyone|they|people|no one|my [a-z]+) (?:would|will)(?: just)? (?:move on|forget|get over it|be fine|"
    "be okay|be better|barely notice|not notice|carry on|be over it)",
    # Written by someone whose English is a second language: "tired to live", "better I am not here".
    "(?:tired|sick|exhausted|weary) (?:to|for|from|with) (?:live|living|life)",
    f"(?:no|not|dont|never) (?:want|wants|wanting|wish) (?:to )?(?:live|living|be alive|wake up|continue|go on)"
    f"(?:{END}| more| anymore| longer| tomorrow)",
    f"(?:my life|life|everything) is (?:finish|finished|over|done)(?:{END}| for me)|(?:make|put) (?:a |an )?(?:finish|"
    "end) (?:of|to|with) (?:everything|all|my life|me|myself|it all)",
    "(?:go|going|gone|get|getting) (?:away )?(?:from|out of) (?:this|the) (?:world|earth|life)|(?:go|going|come) "
    "home to (?:god|jesus|the lord|heaven)|(?:go|going) to heaven|meet my maker|(?:go to sleep|die|be gone|go) and "
    "(?:join|be with|see) my [a-z]+|made (?:my )?peace with (?:leaving|dying|death|going|it all|ending it|"
    "not being here|the end)",
    "(?:better|easier|best)(?: for (?:everyone|all|them|my [a-z]+))?(?: if| that| when| maybe)? (?:im|i am|i was|"
    "i were|i be|i) (?:not here|not alive|gone|dead|not around|no more|no longer here|die|not exist)",
    # Spanish, Portuguese, French.
    "(?:no (?:le )?veo|no tiene|sin|ya no tiene|no (?:le )?encuentro) (?:ningun )?sentido (?:a |de |en )?(?:seguir )?"
    "(?:vivir|viviendo|la vida|mi vida|estar aqui)|(?:pastillas|medicinas|medicamentos|pildoras|comprimidos|"
    "remedios)[a-z ]{0,20}(?:guardadas|guardados|escondidas|escondidos)|(?:juntando|guardando|ahorrando|escondiendo)"
    " (?:las |mis |unas )?(?:pastillas|medicinas|pildoras|medicamentos)|sobredosis|tomar(?:me)? todas las pastillas",
    "(?:quiero|quisiera|queria|quiere|prefiero|deseo|ganas de|me gustaria|preferiria) (?:morir|morirme|morirse|"
    "estar muert[oa]|desaparecer|dejar de existir|no existir|no despertar|dormir y no despertar|dormirme y no "
    "despertar)|me quiero morir|se quiere morir|morirme ya",
    "no (?:quiero|quisiera|quiere) (?:vivir|seguir viviendo|seguir aqui|estar aqui|existir|despertar)(?! (?:asi )?con "
    "(?:el |este |tanto )?dolor)|no despertar(?:me)? (?:nunca|jamas|mas)|dormir(?:me)? para siempre",
    f"ya no quiero (?:vivir|seguir(?:{END}| viviendo| aqui| asi| adelante| luchando| en este mundo)|estar aqui)"
    "(?! (?:asi )?con (?:el |este |tanto )?dolor)",
    "(?:seria|estarian|estaria|estarian) mejor sin mi|mejor (?:muert[oa]|no estar aqui|si no estuviera)",
    "(?:quero|quer|queria|vontade de) (?:morrer|sumir|desaparecer)|nao (?:quero|aguento) mais viver|melhor morto|"
    "melhor morta",
    "(?:je veux|jai envie de|envie de|je voudrais|veux) (?:mourir|disparaitre)|je ne veux plus vivre|"
    "(?:plus|pas) envie de vivre|mieux sans moi",
)


# C-SSRS 2: "Have you actually had any thoughts of killing yourself?" Any talk of suicide, whoever's.
TALK_OF_SUICIDE = compile_words(
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
    f"feel like (?:just )?ending it|ending it(?={CLAUSE_ENDS}| all| tonight| soon| now| for good| because| and| but)",
    # Thinking of a method: "thinking about jumping", "I keep imagining crashing the car".
    "(?:think|thinking|thought|thoughts|urge|urges|fantasi[sz]e|fantasi[sz]ing|imagine|imagining|dream|dreaming|"
    "picture|picturing) (?:about |of )?(?:myself )?(?:jumping|hanging|shooting|drowning|overdosing|crashing|slitting|"
    "stepping in front|walking into traffic|not waking up|not being here|not being around|disappearing)"
    "(?! (?:in|on|into|at|for a|from|through|ship|rope|back|to conclusions|the gun|out of bed))",
    # A negation set aside (see crisis_signs), then "but I've thought about it": the "it" is what was denied.
    f"negated[ ,]{{0,4}}(?:but|though|although|yet|however){NEAR}(?:think|thinking|thought|thoughts|considered|"
    "considering|wondered|wondering|fantasi[sz]e|fantasi[sz]ing)(?: about| of)? (?:it|that|them|doing it)",
    "(?:quitarme|quitar mi) la vida|matarme|me quiero matar",
    # "He says he will finish his life", "I want to finish myself".
    "(?:finish|finishing|finished) (?:my life|myself|with my life|with (?:life|living)|it all)",
    f"(?:put|putting|puts) an end to (?:it all|everything|things|my life|myself|my existence|my suffering|"
    f"this life|it|all of this|all this|me){END}",
    "(?:easy|cowards|quick|quickest|permanent|final|my|a permanent) way out(?! of (?:the|this|my|our) (?:job|"
    "contract|lease|marriage|debt|house|program|situation))",
    "(?:end|ending|close|closing|finish|finishing) (?:my|the) (?:story|last chapter|final chapter|book|journey|"
    "time (?:here|on earth)|days)(?! (?:with|at|in|on|of))|closing the book for good",
    "(?:call it quits|calling it quits|quit|quitting|tap out|tapping out|bow out|bowing out|opt out|opting out|"
    "log off|logging off|clock out|clocking out|sign off|signing off) (?:on |of )?(?:life|living|this world|"
    "this life|everything|existence)|(?:bow|bowing|tap|tapping|opt|opting|log|logging|clock|clocking|sign|signing) "
    "(?:out|off) (?:for good|permanently|quietly|early|forever)",
    "final exit|exit bag|(?:plan|planning|planned|plotting|thinking about|thought about) my (?:own |final )?exit"
    "(?! (?:from|out of) (?:the|this|my|our|his|her) [a-z]+)",
    "check(?:ing|ed|s)? out (?:for good|permanently|of (?:life|this world|this life|here for good))|"
    f"(?:thinking|thought|think|dream|dreaming) (?:about|of) (?:just )?checking out(?:{END}| for good| early| "
    "permanently| of (?:life|this))|(?:ready|want|going|time|about) to check out(?: of (?:life|this life|this world|"
    "here for good)| for good| early| permanently)",
    # Spanish, Portuguese, French: "se quiere matar", "acabar con todo", "me matar", "en finir".
    "(?:me|se|te) (?:quiero|quiere|queria|voy a|va a|iba a|vas a|pienso|piensa) (?:matar|suicidar|quitar la vida)|"
    "matarse|quitar(?:me|se|te)? la vida|"
    "quitarse la vida|acabar con (?:todo|mi vida|mi existencia|esto de una vez)|terminar con (?:todo|mi vida)|"
    "(?:vou|quero|queria|vai|pensando em) (?:me|se) matar|me matar|tirar (?:a )?minha (?:propria )?vida|"
    "acabar com (?:tudo|a minha vida|minha vida)|(?:me|se) tuer|en finir|mettre fin a (?:mes jours|ma vie)|"
    "foutre en lair",
)


# Euphemisms of finality: dying spoken of as leaving, resting, running out of time.
VEILED_TALK_OF_DYING = compile_words(
    f"wants? (?:it|this|everything) all over(?: with)?|want (?:it|this|everything) over{END}",
    f"(?:it|itll|everything|everythingll)(?: will)? all be over(?: soon| by| before| tonight| tomorrow|{END})",
    "(?:disappear|vanish|go away|leave) (?:for good|forever|permanently)|(?:nobody|no one) will (?:ever )?find me|"
    "(?:this is|im at|reached|ive reached|i have reached) the end of the (?:road|line)(?: for me)?(?! (?:with|for "
    "(?:this|the|my) [a-z]+))|end of the road for me",
    "borrowed time[^.!?;]{0,20}(?:up|over|running out|ran out|almost out)",
    "(?:my|this is my|this will be my|its my) last (?:appointment|visit|session|message|infusion|time) (?:either "
    "way|no matter what|regardless|one way or (?:another|the other))",
    f"my time is up|my time has come|(?:its|it is|maybe its|think its|probably|must be) (?:my )?time (?:for me )?"
    f"to (?:go|leave)(?:{END}| this)|(?:been|was|have been) (?:here|alive|around|on this earth) long enough{END}|my "
    "time (?:has|is) (?:run|running) out|(?:fade|slip|disappear|vanish) out of existence|(?:might|may) as well "
    "(?:finish the job|end it|go|die|be dead|kill myself)",
    "where (?:im|i am) (?:going|headed|heading),? (?:i )?(?:wont|will not|dont|do not) need|(?:need|needing)"
    "[a-z ]{0,30} where (?:im|i am) (?:going|headed|heading)|like (?:i|ill|i will|id) (?:never|not) "
    "(?:see|hear from|talk to) (?:him|her|them|you|[a-z]+) again|(?:wake|woke|waking) up and wish i (?:hadnt|didnt|"
    "wouldnt|had not)|wish (?:i|id|i would) (?:hadnt|had not|never|didnt|had never|not) (?:woken|woke|wake|waken) up",
    f"(?:ill|i will|im going to|i would|id) be gone(?:{END}| and| soon| for good| forever| anyway| by (?:then|the time|"
    "christmas|tomorrow|next [a-z]+|the end of)| before (?:long|then|christmas|you|anyone))",
    "(?:wont|will not|not going to|dont think ill|dont think i will|doubt ill|might not|may not|probably wont|"
    "not sure ill|dont expect to|dont plan on|dont plan to|dont intend to|no plans to|not planning on|"
    f"not planning to) (?:still )?(?:be )?(?:here|around|being here|being around)(?:{END}| (?:much|any) longer| long|"
    " anymore|"
    " soon| by then| by (?:christmas|the holidays|thanksgiving|easter|new year|my birthday|summer|spring|fall|"
    "winter|next year|the end of [a-z ]+|the time)| for (?:christmas|the holidays|thanksgiving|easter|new year|"
    "new years|my birthday|her birthday|his birthday|their birthday|the birth|the wedding|graduation|much longer|"
    "long|them|my kids|him|her)| to (?:see|take care|look after|watch|care for|raise|help|feed|walk|celebrate|"
    "meet)| next year| after (?:this|that|today|tonight|the weekend)| at (?:christmas|the end)| much past| past "
    "(?:the|this|next)| for (?:our|my|her|his|their) (?:anniversary|birthday|wedding|graduation|kids birthday))",
    "(?:dont think ill|dont think i will|doubt ill|might not|may not|probably wont|not sure ill|dont expect to|"
    "not sure i will) (?:still )?(?:be )?(?:here|around) (?:next (?:week|month|time)|tomorrow|this weekend|"
    "on [a-z]+day)",
    "(?:wont|will not|not going to|might not|may not|dont think ill|doubt ill|dont expect to|not sure ill) "
    "(?:be |stay |still be )?alive",
    "(?:not going to|wont|will not|dont think ill|doubt ill|probably wont|might not|may not) make it (?:to|through|"
    "past) [a-z0-9 ]{0,30}or (?:to )?(?:any|anything)(?: other| more| else| after| of them)?|(?:not going to|wont|"
    "will not|dont think ill|doubt ill|"
    "probably wont|might not|may not) make it (?:to|through|past) (?:another (?:week|month|year|day|winter|"
    "christmas)|the (?:week|weekend|night|month|year|winter|holidays)|next (?:year|christmas|spring|summer)|summer|"
    "spring|fall|winter|autumn|"
    "christmas|thanksgiving|new year|my birthday|[0-9]+|the end of the (?:year|month))",
    "(?:dont|cant) see myself (?:getting (?:older|old)|growing old|living (?:long|much longer|to [0-9]+))|"
    "(?:dont|cant) see myself (?:making it|living|being (?:here|alive|around)|getting|lasting|still (?:here|"
    "alive)) (?:to|past|through|until|another|much|long|for|next)|(?:dont|wont|not going to|doubt ill|dont think "
    "ill) (?:live|make it|be alive) to (?:see )?(?:[0-9]+|christmas|my birthday|next year|the new year|graduation|"
    "old age)",
    f"(?:might|may) as well make it official{END}|(?:a|like a) ghost already|already (?:a ghost|gone)",
    "(?:permanent|eternal|endless|everlasting|final) (?:rest|sleep|peace|silence|escape|goodbye|departure)|"
    "(?:dont|never|cant|wont|no) (?:wake up|coming back|come back) from",
    "(?:want|wanted|wish|wishing|hope|way|ready|like|could|would|id|try|trying|if i could) to (?:just )?"
    "(?:fade|slip) (?:out|away)(?! (?:during|in|at|on|for|while|into|of))|(?:i wish i could|if i could|id|i would|"
    "i want to|i could) (?:just )?(?:fade|slip) (?:out|away)(?! (?:during|in|at|on|for|while|into|of))",
    "end (?:the|this|all the|all this|my) suffering(?! (?:from|of|with|caused|my|that|which|[a-z]+ (?:cause|causes|"
    "caused)))|end (?:it|everything|it all|"
    "things|the suffering) (?:for good|permanently|forever|once and for all)",
    "(?:make|making|made) (?:it all|everything|all of it|all of this|it|this) (?:go away|stop|end|disappear) "
    "(?:permanently|forever|for good)|(?:making|made) (?:it all|everything|all of it) (?:stop|end|go away)",
    "(?:soon|before long) (?:it|none of (?:it|this)|nothing) (?:wont|will not|will no longer|wont even|will) "
    "matter|(?:it|none of this|none of it) wont matter (?:soon|much longer|after (?:tonight|today|this))",
    "(?:wont|will not|not going to) be (?:a problem|a burden|in (?:the|your|anyones) way|your problem) (?:for )?"
    "(?:much|any) longer|(?:a|the) kind you dont come back from",
)
