"""Words shared by the sign patterns: wanting, pain, pills, guns, heights, and what may follow them."""

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
    "fentanyl|seroquel|medicines|pain meds|sleep meds|oxycontin|hydrocodone|norco|codeine|valium|ativan|lorazepam|"
    "diazepam|clonazepam|alprazolam|zolpidem|trazodone|amitriptyline|nortriptyline|venlafaxine|sertraline|zoloft|"
    "prozac|wellbutrin|bupropion|lamotrigine|topiramate|sumatriptan|excedrin|benadryl|diphenhydramine|naproxen|"
    "aleve|methadone|suboxone|heroin|dilaudid|opiates|narcotics|capsules|propranolol|quetiapine|pregabalin|lyrica|"
    "muscle relaxers|mirtazapine|metformin|warfarin|digoxin)"
)
FAMILY = (
    "(?:family|kids|children|husband|wife|partner|parents|mom|mum|dad|mother|father|sister|brother|son|daughter|"
    "friends|everyone|loved ones|boyfriend|girlfriend)"
)
GUN = "(?:gun|pistol|handgun|firearm|revolver|shotgun|rifle|glock)s?"
HEIGHTS = (
    "(?:bridge|overpass|cliffs?|ledge|rooftop|roof|tallest building|parking garage|train tracks|tracks|dam|quarry|"
    "viaduct|balcony|tower|pier|jetty)"
)
HOPING = "(?:wish|wishes|wished|wishing|hope|hopes|hoped|hoping|half hoping|pray|prays|praying|prayed)"
LATER = "[^.!?;]{0,60}"  # further on in the same sentence
# Further on in the same sentence, with no negation on the way: "I hope a car hits me", not "I hope it's not cancer".
UNNEGATED = "(?:(?!(?:not|dont|never|isnt|wont|doesnt|didnt|arent|no) )[^.!?;]){0,40}"
# Someone else's possessive too: parents and partners write "his gun", "her pills".
WHOSE = "(?:my|his|her|their|the|a|our)"
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
