package org.clinicalnotes.risk;

import java.util.List;
import java.util.regex.Pattern;
import org.clinicalnotes.note.RiskKind;

/** The screen's lexicon: cue patterns per risk kind, negation, time and safety-action words. Not API. */
final class RiskCues {

    private RiskCues() {
    }

    /** What a cue says: the kind, a C-SSRS-aligned detail word, and whether it names the speaker itself. */
    record Cue(RiskKind kind, String detail, Pattern pattern, boolean selfExplicit, boolean inverted) {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    private static Cue cue(RiskKind kind, String detail, String regex, boolean selfExplicit) {
        return new Cue(kind, detail, p(regex), selfExplicit, false);
    }

    /** Detail of a "he/she hit me" cue: the kind follows the relation named in the utterance. */
    static final String PRONOUN_VIOLENCE = "violence by a named person";
    /** Relations that make "he/she hit me" elder abuse or child abuse instead of partner violence. */
    static final Pattern ELDER_PERPETRATOR = p("\\b(?:caregiver|aide|grandson|granddaughter|nephew|niece|nursing\\s+home)\\b");
    static final Pattern PARENT_PERPETRATOR = p("\\b(?:dad|father|mom|mother|stepdad|stepfather|stepmom|stepmother)\\b");
    /** A negator right before a harm verb inside a cue ("my partner has never hit me"). */
    static final Pattern INNER_NEGATION = p("\\b(?:never|not|no|didn't|doesn't|don't|hasn't|haven't|wouldn't|won't)\\s+"
            + "(?:ever\\s+)?" + "(?:hit|hits|punch|slap|choke|strangle|shove|push|pushed|kick|kicked|beat|hurt|hurts|threaten"
            + "|threatened|rape|grab|burn|shake|touch|touched|abuse|abused|yell|yelled|scream|screamed|hit)\\b");
    static final String SELF = "(?:myself|yourself|my\\s+own\\s+life|your\\s+own\\s+life|my\\s+life|your\\s+life)";
    static final String PARTNER = "(?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|spouse|ex)";
    static final String CHILD = "(?:(?:little|baby|younger|kid|step)\\s*(?:sister|brother)|son|daughter|kid|kids|child|children|baby|boy|girl|stepson|stepdaughter|toddler"
            + "|infant|grandkids?|grandchild(?:ren)?)";
    static final String ELDER = "(?:mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|aunt|uncle)";
    static final String HARM_VERB = "(?:hit|hits|hitting|punch\\w*|slap\\w*|chok\\w*|strangl\\w*|shov\\w*|push(?:es|ed|ing)?"
            + "|kick\\w*|beat|beats|beating|beaten|hurt|hurts|hurting|threaten\\w*|rap(?:e|ed|es|ing)|grab\\w*|burn\\w*"
            + "|shak(?:e|es|ing)|whip\\w*|touch(?:es|ed|ing)?|abus\\w*|(?:yell|scream)\\w*\\s+at)";

    /** Cues in the order they are tried. Within an utterance a span matched by one cue is not matched again. */
    static final List<Cue> CUES = List.of(
            // suicide attempt (past behaviour)
            cue(RiskKind.SUICIDE_ATTEMPT, "attempt", "\\b(?:tried|try|trying|attempted)\\s+to\\s+(?:kill|end|hang|off|shoot)\\s+"
                    + "(?:myself|yourself|my\\s+life|your\\s+life|it\\s+all)", true),
            cue(RiskKind.SUICIDE_ATTEMPT, "attempt", "\\b(?:suicide\\s+attempts?|attempted\\s+suicide|tried\\s+suicide"
                    + "|(?:past|previous|prior)\\s+attempts?|overdosed\\s+on\\s+purpose|on\\s+purpose\\s+overdos\\w*)", false),
            cue(RiskKind.SUICIDE_ATTEMPT, "attempt", "\\b(?:took|swallowed)\\s+(?:a|the|all\\s+my|all\\s+the)?\\s*"
                    + "(?:whole\\s+)?(?:bottle|bunch|handful)\\s+of\\s+(?:pills|tylenol|my\\s+\\w+|\\w+)", true),
            cue(RiskKind.SUICIDE_ATTEMPT, "attempt", "\\b(?:done|did)\\s+anything\\s+to\\s+end\\s+(?:your|my)\\s+life", true),
            // suicidal ideation with method (C-SSRS 3+)
            cue(RiskKind.SUICIDAL_IDEATION, "method", "\\b(?:drive|driving|drove|drives)\\s+(?:my\\s+car\\s+)?(?:off|into)\\s+"
                    + "(?:a|the)\\s+(?:bridge|tree|wall|river|cliff|traffic|oncoming\\s+\\w+|overpass)", true),
            cue(RiskKind.SUICIDAL_IDEATION, "method", "\\bjump(?:ing|ed)?\\s+(?:off|from)\\s+(?:a|the|my)\\s+"
                    + "(?:bridge|building|roof|cliff|balcony|overpass|parking\\s+garage)", true),
            cue(RiskKind.SUICIDAL_IDEATION, "method", "\\b(?:jump|step|stepping|walk|walking)\\s+in\\s+front\\s+of\\s+"
                    + "(?:a|the)\\s+(?:train|bus|car|truck)", true),
            cue(RiskKind.SUICIDAL_IDEATION, "method", "\\b(?:hang|hanging|shoot|shooting|drown|drowning)\\s+(?:myself|yourself)", true),
            cue(RiskKind.SUICIDAL_IDEATION, "method", "\\b(?:slit|slitting|cut|cutting)\\s+my\\s+wrists?", true),
            cue(RiskKind.SUICIDAL_IDEATION, "method", "\\boverdos\\w*\\s+on\\s+(?:my|the|all)\\b", true),
            cue(RiskKind.SUICIDAL_IDEATION, "method", "\\b(?:thought|thinking|think|thinks)\\s+(?:about|of)\\s+(?:taking|swallowing)\\s+"
                    + "(?:all\\s+(?:of\\s+)?(?:my|the|your)|a\\s+bunch\\s+of|a\\s+handful\\s+of|the\\s+whole\\s+bottle\\s+of)\\s+"
                    + "(?:\\w+\\s+)?(?:pills|meds|medications?|tablets)", true),
            // active ideation (C-SSRS 2)
            cue(RiskKind.SUICIDAL_IDEATION, "active", "\\b(?:kill|killing|kills)\\s+(?:myself|yourself)", true),
            cue(RiskKind.SUICIDAL_IDEATION, "active", "\\b(?:end|ending|take|taking)\\s+" + SELF, true),
            cue(RiskKind.SUICIDAL_IDEATION, "active", "\\b(?:end|ending)\\s+it\\s+all\\b", true),
            cue(RiskKind.SUICIDAL_IDEATION, "active", "\\b(?:end|ending|take|taking)\\s+(?:their|one's|his|her)\\s+(?:own\\s+)?life", false),
            cue(RiskKind.SUICIDAL_IDEATION, "active", "\\bsuicid\\w*", false),
            cue(RiskKind.SUICIDAL_IDEATION, "active", "\\b(?:thoughts?|thinking|thought)\\s+(?:of|about)\\s+(?:ending|killing)\\s+it\\b", true),
            // passive ideation (C-SSRS 1)
            cue(RiskKind.SUICIDAL_IDEATION, "passive", "\\bwish(?:ed|es|ing)?\\s+(?:i|you)\\s+(?:was|were|could\\s+be|'d\\s+be)\\s+dead", true),
            cue(RiskKind.SUICIDAL_IDEATION, "passive", "\\bwish(?:ed|es|ing)?\\s+(?:i|you)\\s+could\\s+(?:just\\s+)?"
                    + "(?:die|disappear|not\\s+wake\\s+up|go\\s+to\\s+sleep\\s+(?:and|forever))", true),
            cue(RiskKind.SUICIDAL_IDEATION, "passive", "\\bbetter\\s+off\\s+(?:dead|without\\s+me|without\\s+you|if\\s+(?:i|you)\\s+"
                    + "(?:was|were|wasn't|weren't)\\s+(?:dead|gone|here|around))", true),
            cue(RiskKind.SUICIDAL_IDEATION, "passive", "\\bwish(?:ed|es|ing)?\\s+(?:i|you)\\s+(?:wouldn't|would\\s+not|didn't|did\\s+not"
                    + "|won't|could\\s+just\\s+not|couldn't|could\\s+not)\\s+wake\\s+up", true),
            cue(RiskKind.SUICIDAL_IDEATION, "passive", "\\b(?:not|never)\\s+wak(?:e|ing)\\s+up", true),
            cue(RiskKind.SUICIDAL_IDEATION, "passive", "\\b(?:don't|do\\s+not|didn't)\\s+want\\s+to\\s+(?:be\\s+alive|live|be\\s+here|"
                    + "exist|wake\\s+up)(?:\\s+anymore)?", true),
            cue(RiskKind.SUICIDAL_IDEATION, "passive", "\\bno\\s+(?:reason|point)\\s+(?:in\\s+|to\\s+)?(?:keep\\s+)?(?:living|live"
                    + "|going\\s+on|go\\s+on|being\\s+alive|be\\s+alive)", false),
            cue(RiskKind.SUICIDAL_IDEATION, "passive", "\\b(?:want|wanted|wanting|wants)\\s+to\\s+die\\b", false),
            cue(RiskKind.SUICIDAL_IDEATION, "passive", "\\b(?:tired|sick)\\s+of\\s+(?:living|being\\s+alive)", false),
            cue(RiskKind.SUICIDAL_IDEATION, "passive", "\\blife\\s+(?:isn't|is\\s+not|is\\s+no\\s+longer|wasn't)\\s+worth\\s+living", false),
            cue(RiskKind.SUICIDAL_IDEATION, "passive", "\\bwouldn't\\s+mind\\s+(?:dying|if\\s+i\\s+died|not\\s+waking)", true),
            cue(RiskKind.SUICIDAL_IDEATION, "passive", "\\b(?:thoughts?\\s+of|thinking\\s+about|think\\s+about)\\s+(?:death|dying)\\b", true),
            // self-harm
            cue(RiskKind.SELF_HARM, "self-injury", "\\b(?:cut|cuts|cutting|burn|burns|burned|burning|scratch\\w*|hit|hitting|harm|harming"
                    + "|hurt|hurting|punch\\w*|carv\\w*|bang\\w*)\\s+(?:on\\s+)?(?:myself|yourself|my\\s+(?:arms?|wrists?|legs?|thighs?|skin|head))",
                    true),
            cue(RiskKind.SELF_HARM, "self-injury", "\\bself[- ]?(?:harm\\w*|injur\\w*)|\\bnssi\\b", false),
            cue(RiskKind.SELF_HARM, "self-injury", "\\b(?:started|been|am|i'm|was|back\\s+to)\\s+cutting(?:\\s+again)?\\b", false),
            // homicidal ideation
            cue(RiskKind.HOMICIDAL_IDEATION, "active", "\\bhomicid\\w*", false),
            cue(RiskKind.HOMICIDAL_IDEATION, "active", "\\b(?:kill|killing|hurt|hurting|harm|harming|shoot|shooting|stab|stabbing|strangle"
                    + "|strangling)\\s+(?:him|her|them|someone|somebody|anyone|anybody|people|others|other\\s+people|everyone"
                    + "|my\\s+(?:boss|husband|wife|partner|coworker|co-worker|neighbou?r|father|mother|dad|mom|ex|brother|sister"
                    + "|stepdad|boyfriend|girlfriend|manager|roommate))(?:\\s+else)?\\b", false),
            cue(RiskKind.HOMICIDAL_IDEATION, "active", "\\b(?:make|making)\\s+(?:him|her|them)\\s+pay\\b", false),
            // intimate partner violence
            cue(RiskKind.INTIMATE_PARTNER_VIOLENCE, "violence", "\\bdomestic\\s+(?:violence|abuse)|\\babusive\\s+(?:relationship|"
                    + PARTNER + ")", false),
            cue(RiskKind.INTIMATE_PARTNER_VIOLENCE, "violence", "\\b(?:afraid|scared|frightened|terrified)\\s+(?:of\\s+(?:my|your)\\s+"
                    + PARTNER + "|to\\s+go\\s+(?:back\\s+)?home)", true),
            cue(RiskKind.INTIMATE_PARTNER_VIOLENCE, "violence", "\\b(?:my|your)\\s+" + PARTNER + "\\s+(?:\\w+\\s+){0,3}?"
                    + HARM_VERB + "\\s+(?:me|you)\\b", true),
            cue(RiskKind.INTIMATE_PARTNER_VIOLENCE, PRONOUN_VIOLENCE, "\\b(?:he|she)\\s+(?:\\w+\\s+){0,2}?(?:hit|hits|punch\\w*"
                    + "|slap\\w*|chok\\w*|strangl\\w*|shov\\w*|push(?:es|ed)|kick\\w*|beat|beats|hurts|hurt|threaten\\w*"
                    + "|rap(?:e|ed|es)|grabb\\w*|(?:yell|scream)\\w*\\s+at)\\s+me\\b", true),
            cue(RiskKind.INTIMATE_PARTNER_VIOLENCE, "violence", "\\b(?:controls?|takes?)\\s+(?:all\\s+)?(?:my|the)\\s+(?:money|phone)"
                    + "\\s+and\\s+won't\\s+let\\s+me", true),
            new Cue(RiskKind.INTIMATE_PARTNER_VIOLENCE, "violence", p("\\b(?:feel|feeling|are\\s+you|you)\\s+safe\\s+"
                    + "(?:at\\s+home|in\\s+your\\s+(?:relationship|home)|with\\s+your\\s+" + PARTNER + ")"), true, true),
            // child abuse or neglect
            cue(RiskKind.CHILD_ABUSE, "abuse", "\\b" + HARM_VERB + "\\s+(?:my|the|our|his|her|your)\\s+" + CHILD + "\\b", false),
            cue(RiskKind.CHILD_ABUSE, "neglect", "\\b(?:left|leave|leaves|leaving)\\s+(?:the|my|our|your)\\s+" + CHILD
                    + "\\s+(?:alone|home\\s+alone|by\\s+(?:him|her|them)sel\\w+|unsupervised)", false),
            cue(RiskKind.CHILD_ABUSE, "neglect", "\\b" + CHILD + "\\s+(?:go|goes|went|have\\s+gone|are\\s+going|have\\s+been\\s+going)"
                    + "\\s+without\\s+(?:food|eating|meals|dinner)", false),
            cue(RiskKind.CHILD_ABUSE, "abuse", "\\b(?:my|your)\\s+(?:dad|father|mom|mother|stepdad|stepfather|stepmom|stepmother|uncle"
                    + "|parents?)\\s+(?:\\w+\\s+){0,2}?" + HARM_VERB + "\\s+(?:me|us|you)\\b", true),
            cue(RiskKind.CHILD_ABUSE, "abuse", "\\b(?:physically\\s+|sexually\\s+)?abused\\s+(?:as\\s+a\\s+(?:kid|child|teen)|when\\s+"
                    + "(?:i|you)\\s+(?:was|were)\\s+(?:a\\s+)?(?:kid|child|little|young))|\\bmolested\\b|\\bchild(?:hood)?\\s+abuse",
                    true),
            new Cue(RiskKind.CHILD_ABUSE, "abuse", p("\\b(?:are|is)\\s+(?:the|your)\\s+" + CHILD + "\\s+safe\\b"), false, true),
            // elder abuse or neglect
            cue(RiskKind.ELDER_ABUSE, "abuse", "\\belder\\s+(?:abuse|neglect)|\\badult\\s+protective\\s+services", false),
            cue(RiskKind.ELDER_ABUSE, "exploitation", "\\b(?:son|daughter|grandson|granddaughter|nephew|niece|caregiver|aide)\\s+"
                    + "(?:\\w+\\s+){0,2}?(?:takes|took|taking|steals|stole|stealing|cashes|cashed)\\s+(?:all\\s+)?(?:my|her|his|your)\\s+"
                    + "(?:money|checks?|pension|social\\s+security|savings)", false),
            cue(RiskKind.ELDER_ABUSE, "abuse", "\\b(?:caregiver|aide|home\\s+health\\s+aide)\\s+(?:\\w+\\s+){0,2}?" + HARM_VERB
                    + "\\s+(?:me|her|him|you)\\b", false),
            cue(RiskKind.ELDER_ABUSE, "neglect", "\\b(?:my|our|his|her)\\s+(?:elderly\\s+|old\\s+)?" + ELDER + "\\s+(?:\\w+\\s+){0,3}?"
                    + "(?:hasn't\\s+eaten|isn't\\s+(?:being\\s+)?fed|left\\s+alone\\s+all|(?:has|got)\\s+bed\\s?sores"
                    + "|lying\\s+in\\s+(?:her|his)\\s+own)", false),
            cue(RiskKind.ELDER_ABUSE, "abuse", "\\b(?:anyone|anybody|someone)\\s+(?:taking|take|taken|took)\\s+your\\s+money", false),
            // medically dangerous substance use
            cue(RiskKind.DANGEROUS_SUBSTANCE_USE, "overdose", "\\boverdos\\w*|\\bod'd\\b|\\bnarcan\\b|\\bnaloxone\\b", false),
            cue(RiskKind.DANGEROUS_SUBSTANCE_USE, "withdrawal seizure", "\\b(?:withdrawal|detox\\w*|quit\\w*\\s+drinking|stop\\w*\\s+"
                    + "drinking|come\\s+off|came\\s+off)\\b[^.?!]{0,60}\\b(?:seizures?|fits?|dts|delirium\\s+tremens)"
                    + "|\\b(?:seizures?|dts|delirium\\s+tremens)\\b[^.?!]{0,60}\\b(?:withdrawal|detox\\w*|quit\\w*\\s+drinking"
                    + "|stop\\w*\\s+drinking|came\\s+off)\\b", false),
            cue(RiskKind.DANGEROUS_SUBSTANCE_USE, "mixing", "\\bmix\\w*\\s+(?:my\\s+|the\\s+)?(?:xanax|benzos?|klonopin|ativan|valium"
                    + "|pills|opioids?|oxy\\w*)\\s+(?:with|and)\\s+(?:alcohol|drinking|booze|beer|vodka|wine)", true),
            cue(RiskKind.DANGEROUS_SUBSTANCE_USE, "withdrawal", "\\b(?:the\\s+shakes|shak\\w+\\s+(?:in\\s+the\\s+morning|when\\s+i\\s+"
                    + "(?:stop|don't\\s+drink)))", true));

    /** SI detail cues that only count where suicidal ideation is already the topic. */
    static final List<Cue> SI_DETAILS = List.of(
            cue(RiskKind.SUICIDAL_IDEATION, "plan", "\\b(?:a|the|my)\\s+plan\\b|\\bplann?ed\\s+(?:it|how|out)|\\b(?:figured|worked)\\s+"
                    + "out\\s+(?:how|when|where|the\\s+details)|\\bwrote\\s+(?:a|the)\\s+(?:note|letter)|\\b(?:saving|saved|stockpil\\w*"
                    + "|hoard\\w*)\\s+(?:up\\s+)?(?:my\\s+|the\\s+)?(?:pills|meds|medications?)|\\b(?:picked|set)\\s+(?:a|the)\\s+"
                    + "(?:date|day|spot|place)|\\bg(?:ive|ave|iving)\\s+away\\s+my\\s+(?:things|stuff)", true),
            cue(RiskKind.SUICIDAL_IDEATION, "means", "\\b(?:have|has|got|own|owns|keep|keeps|kept|bought|buy|access\\s+to|there's|there\\s+is)\\s+"
                    + "(?:a\\s+|my\\s+|the\\s+|some\\s+|an?\\s+old\\s+)?(?:guns?|firearms?|rifle|pistol|handgun|shotgun|weapons?"
                    + "|rope|bottle\\s+of\\s+pills)", true),
            cue(RiskKind.SUICIDAL_IDEATION, "intent", "\\b(?:going\\s+to|gonna|will|intend\\s+to|planning\\s+to)\\s+(?:do\\s+it|"
                    + "go\\s+through\\s+with\\s+it|act\\s+on\\s+(?:it|them))|\\b(?:would|will|might)\\s+act\\s+on\\s+(?:it|them)"
                    + "|\\bintention\\s+of\\s+acting", true),
            cue(RiskKind.SUICIDAL_IDEATION, "method", "\\bthought\\s+about\\s+how\\b|\\bhow\\s+(?:i|you)\\s+(?:would|'d|might)\\s+"
                    + "(?:do\\s+it|do\\s+this)", true));

    /** Words that negate a cue that follows within a few words. */
    static final Pattern NEGATOR = p("^(?:no|not|never|nothing|none|nor|neither|without|deny|denies|denied|\\w+n't|cannot"
            + "|cant|dont|wont|didnt|havent|wouldnt)$");
    /** Negation words that do not negate ("can't stop thinking about…"). */
    static final Pattern PSEUDO_NEGATION = p("\\b(?:can't|cannot|couldn't|can\\s+not)\\s+(?:stop|get\\s+rid\\s+of|shake|help)"
            + "|\\bnot\\s+(?:sure|only|just)\\b|\\bno\\s+(?:idea|doubt)\\b|\\bdon't\\s+know\\s+(?:why|how)\\b");
    /** Words that end a negation's scope. */
    static final Pattern SCOPE_BREAK = p("^(?:and|but|so|because|cause|since|then|though|although|except|however)$");
    /** Negation just after a cue ("suicide is not something I'd consider"). */
    static final Pattern POST_NEGATION = p("^\\W*(?:(?:is|was|are|were|has|have)(?:n't|\\s+not|\\s+never)|(?:is\\s+)?not\\s+"
            + "(?:something|an\\s+option)|never\\s+crossed|no\\b|never\\b)");
    /** A hypothetical or conditional frame before the cue. */
    static final Pattern HYPOTHETICAL = p("\\b(?:if|what\\s+if|suppose|supposing|imagine|hypothetically|in\\s+case|unless"
            + "|whether|what\\s+would\\s+happen)\\b");
    /** Time words that put a cue in the past. */
    static final Pattern HISTORY = p("\\b(?:used\\s+to|years?\\s+ago|a\\s+long\\s+time\\s+ago|when\\s+(?:i|you)\\s+(?:was|were)"
            + "|in\\s+(?:high\\s+school|college|my\\s+(?:teens|twenties|twenties|thirties|twenties))|as\\s+a\\s+(?:kid|teen|teenager"
            + "|child)|back\\s+in|in\\s+the\\s+past|last\\s+year|\\d+\\s+years|(?:two|three|four|five|six|seven|eight|nine|ten"
            + "|twenty|many|several|a\\s+few|few)\\s+years|in\\s+(?:19|20)\\d\\d|at\\s+(?:age\\s+)?\\d+|no\\s+longer|not\\s+anymore"
            + "|(?:since|ever\\s+since)\\s+then|once\\s+before|when\\s+(?:i|you)\\s+(?:was|were)\\s+(?:\\d+|young|younger|little"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))\\b");
    /** Time words that make past behaviour recent (within about three months). */
    static final Pattern RECENT = p("\\b(?:last\\s+(?:night|week|weekend|month|friday|saturday|sunday|monday|tuesday"
            + "|wednesday|thursday)|yesterday|(?:a\\s+few|couple\\s+of|two|three|few|several|\\d+)\\s+(?:days|weeks)\\s+ago"
            + "|this\\s+(?:week|month|morning|weekend)|recently|a\\s+(?:week|month)\\s+ago|(?:two|2)\\s+months\\s+ago"
            + "|right\\s+now|tonight|today|lately|these\\s+days|every\\s+day|again)\\b");
    /** Features that raise severity wherever they appear with the cue. */
    static final Pattern LETHAL = p("\\b(?:chok\\w*|strangl\\w*|gun|guns|knife|threaten\\w*\\s+to\\s+kill|kill\\s+me)\\b");
    /** A third person as the subject of what follows. */
    static final Pattern OTHER_PERSON = p("\\b(?:(?:my|his|her|their|our|a)\\s+(?:brother|sister|mom|mother|dad|father|friend|"
            + "cousin|uncle|aunt|son|daughter|husband|wife|partner|boyfriend|girlfriend|grandma|grandpa|grandmother|grandfather"
            + "|roommate|coworker|co-worker|neighbou?r|classmate|kid|child|niece|nephew|buddy|best\\s+friend|ex|patient|client)"
            + "|he|she|they|someone|somebody|himself|herself|themselves|him|her)\\b");
    /** The speaker (or the addressee, in a clinician's question) as subject. */
    static final Pattern SELF_PERSON = p("\\b(?:i|i'm|i've|i'd|i'll|me|myself|you|you're|you've|you'd|yourself)\\b");
    /** A third-person reflexive inside a cue: the risk is someone else's. */
    static final Pattern OTHER_REFLEXIVE = p("\\b(?:himself|herself|themselves)\\b");
    /** A clinician restating what the patient said earlier. */
    static final Pattern REFLECTION = p("\\byou(?:'ve)?\\s+(?:said|mentioned|told\\s+me|shared|described|reported|wrote|"
            + "disclosed)|\\byou(?:'ve|\\s+have)\\s+been\\b|\\byou\\s+were\\b");
    /** A clinician talking about what to do in a crisis, not asking. */
    static final Pattern CRISIS_INSTRUCTION = p("\\b(?:if\\s+you\\s+(?:ever|start|feel|have|notice)|call|text|988|crisis|hotline"
            + "|safety\\s+plan|emergency|911|warning\\s+signs?)\\b");
    /** Interrogative openings. */
    static final Pattern QUESTION_START = p("^(?:have|has|had|do|does|did|are|is|was|were|any|how|would|could|can|will"
            + "|what|when|tell\\s+me|i\\s+(?:want|need|have)\\s+to\\s+ask|i'm\\s+going\\s+to\\s+ask|i\\s+ask\\s+everyone)\\b");

    /** Fillers stripped from the start of an answer. */
    static final Pattern ANSWER_FILLER = p("^(?:(?:um+|uh+|well|honestly|so|i\\s+mean|to\\s+be\\s+honest|actually|oh|hmm+|ok"
            + "|okay|i\\s+guess|truthfully)\\b[\\s,.]*)+");
    static final Pattern ANSWER_UNCLEAR = p("^(?:i\\s+don't\\s+know|i'm\\s+not\\s+sure|not\\s+sure|i\\s+dunno|dunno|maybe|i'd\\s+rather"
            + "\\s+not|hard\\s+to\\s+say|i\\s+can't\\s+say|i\\s+guess\\s+not)\\b");
    static final Pattern ANSWER_NO = p("^(?:no|nope|nah|never|not\\s+me|not\\s+really|not\\s+at\\s+all|nothing|none|i\\s+don't|i\\s+do\\s+not"
            + "|i\\s+haven't|i\\s+have\\s+not|i\\s+wouldn't|i\\s+would\\s+not|i\\s+didn't|i\\s+did\\s+not|i'm\\s+not|i\\s+am\\s+not"
            + "|absolutely\\s+not|definitely\\s+not|of\\s+course\\s+not|god\\s+no|no\\s+way|not\\s+anymore|not\\s+lately|not\\s+since"
            + "|i\\s+never|they\\s+don't|he\\s+doesn't|she\\s+doesn't|nobody|no\\s+one)\\b");
    static final Pattern ANSWER_YES = p("^(?:yes|yeah|yep|yup|yea|sometimes|occasionally|often|a\\s+lot|a\\s+little|a\\s+bit"
            + "|kind\\s+of|kinda|sort\\s+of|i\\s+have|i\\s+do|i\\s+did|i\\s+am|i\\s+guess\\s+so|i\\s+think\\s+so|once|twice|a\\s+few"
            + "\\s+times|a\\s+couple|every|most\\s+days|lately|recently|more\\s+than|sadly|it's\\s+crossed|they've\\s+crossed"
            + "|on\\s+and\\s+off|off\\s+and\\s+on|now\\s+and\\s+then|here\\s+and\\s+there|at\\s+times|i've\\s+had|i've\\s+been"
            + "|i\\s+had|i\\s+was|i\\s+tried|he\\s+does|she\\s+does|he\\s+did|she\\s+did|all\\s+the\\s+time|mm-?hm+|uh-?huh"
            + "|right|true|exactly|correct|definitely|probably)\\b");

    /** Safety actions, as fixed phrases with their patterns, in report order. */
    static final List<String> ACTION_NAMES = List.of("safety plan", "crisis line (988)", "means restriction",
            "emergency department", "referral", "protective services report");
    static final List<Pattern> ACTION_PATTERNS = List.of(
            p("\\bsafety\\s+plan"),
            p("\\b988\\b|\\bcrisis\\s+(?:line|text\\s+line|hotline|number|team)|\\bsuicide\\s+(?:hotline|prevention|lifeline)"
                    + "|\\blifeline\\b|\\bhotline\\b"),
            p("\\block(?:ed|ing)?\\s+(?:it\\s+|them\\s+|the\\s+\\w+\\s+|your\\s+\\w+\\s+)?(?:up|away)|\\block\\s?box|\\bgun\\s+lock"
                    + "|\\b(?:remove|removing|get\\s+rid\\s+of|give|giving|hand|store|storing|hold\\s+onto|keep)\\s+(?:the|your|my)\\s+"
                    + "(?:guns?|firearms?|pills|medications?|meds|rifle|pistol)|\\bmeans\\s+restriction|\\blimit\\w*\\s+access\\s+to"),
            p("\\bemergency\\s+(?:room|department)|\\bthe\\s+er\\b|\\bgo\\s+to\\s+the\\s+hospital|\\b911\\b|\\bmobile\\s+crisis"),
            p("\\brefer\\w*\\b[^.?!]{0,40}\\b(?:psychiatr\\w*|crisis|inpatient|intensive|iop|partial\\s+hospital\\w*|detox\\w*"
                    + "|higher\\s+level\\s+of\\s+care|shelter|domestic\\s+violence|advocate|substance|addiction|withdrawal)"
                    + "|\\bdomestic\\s+violence\\s+(?:advocate|hotline|shelter)|\\b(?:medically\\s+supervised|inpatient)\\s+detox"),
            p("\\b(?:report|call|calling|contact|file)\\w*\\b[^.?!]{0,30}\\b(?:cps|child\\s+protective\\s+services"
                    + "|adult\\s+protective\\s+services|aps)\\b|\\bmandated\\s+reporter"));
}
