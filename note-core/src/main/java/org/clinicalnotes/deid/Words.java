package org.clinicalnotes.deid;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Small fixed word sets for the rules: cues, months, states, suffixes, number words. */
final class Words {

    private Words() {
    }

    static Set<String> set(String words) {
        return Set.copyOf(java.util.Arrays.asList(words.trim().split("\\s+")));
    }

    /** Ordinary or clinical words missing from the corpus list, some of them also dictionary names. */
    static final Set<String> EXTRA_COMMON = set("""
            allegra lyrica chantix celexa paxil lexapro zoloft prozac abilify cialis viagra advil aleve motrin
            tylenol xanax valium ativan norco percocet lasix coreg plavix eliquis xarelto januvia jardiance
            ozempic trulicity humira enbrel keytruda flonase claritin zyrtec benadryl sudafed mucinex tums
            norvasc synthroid keflex cipro levaquin bactrim diflucan valtrex imitrex topamax neurontin
            mom dad doc doctor nurse patient sir maam ma'am okay yeah yes no hi hello hey bye goodbye thanks
            nah huh uh um hmm mhmm ah oh wow gosh alright honey sweetie buddy dear folks guys
            stable tender normal clear soft pain fever chest heart lungs abdomen infusion suite remicade apixaban
            """);

    /** Words of a place answer that name no place: "downtown", "the east side". */
    static final Set<String> GENERIC_PLACE = set("downtown uptown area side part city town neighborhood neighbourhood "
            + "one home house apartment place there here near over by north south east west street road");

    /** Surname particles: "van der Merwe", "de la Cruz", "al-Hassan", "bin Said". */
    static final Set<String> PARTICLES = set("van der den de la le del della di da dos das du von al el bin ibn ben "
            + "abu st mac");

    static final Set<String> TITLES = set("dr doctor mr mrs ms mister missus misses miss nurse professor prof "
            + "sister father pastor rev reverend officer judge coach dean");
    static final Set<String> KIN = set("""
            wife husband son daughter brother sister mother mom mommy father dad daddy friend partner boyfriend
            girlfriend fiance fiancee aunt uncle cousin grandson granddaughter grandmother grandma granny grandfather
            grandpa niece nephew roommate coworker co-worker boss neighbor neighbour therapist caseworker counselor
            stepson stepdaughter stepmother stepfather spouse kid kids child baby twin sibling ex landlord
            caregiver sponsor pcp doctor cardiologist dermatologist surgeon psychiatrist oncologist
            """);
    static final Set<String> POSSESSIVES = set("my his her your our their the");
    /** Names-that-are-words too common to take for a name even after a cue ("my son will"). */
    static final Set<String> NAME_WORD_BLOCKED = set("""
            will may see so in my an little long else many soon hand love miss young white don ma na wan ta ha ok
            son man carry chance lean block sun beer brain tiny season spring numbers lady summer winter autumn
            august april june january september sunday case day early house low nice north park short small west
            cash cook rice ford bush golden lake marsh moon rock rush snow stone strong swift waters rich price
            long page king major young bell hill lane hall wood star sky river precious unique
            """);
    /** Verbs after which a capitalised or unknown word is a person: "tell Priya", "ask joy". */
    static final Set<String> PERSON_VERBS = set("tell ask thank thanks met meet call text email told asked "
            + "called texted emailed");
    static final Set<String> NAME_INTRO = set("named name called call");
    static final Set<String> GREETINGS = set("hi hello hey morning afternoon evening thanks bye goodbye welcome "
            + "dear meet");
    static final Set<String> MONTHS_FULL = set("january february march april may june july august september october "
            + "november december");
    static final Map<String, Integer> MONTH_NUMBER = new HashMap<>();
    static final Set<String> WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday");
    static final Set<String> STATES = set("""
            alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
            illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
            mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma
            oregon pennsylvania rhode island tennessee texas utah vermont virginia washington wisconsin wyoming
            al ak az ar ca co ct de fl ga hi id il ia ks ky la md mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok
            pa ri sc sd tn tx ut vt va wa wv wi wy dc
            """);
    static final Set<String> STATE_FULL = set("""
            alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
            illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
            mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
            vermont virginia wisconsin wyoming
            """);
    static final Set<String> COUNTRIES = set("""
            america usa us canada mexico england britain uk ireland scotland france germany italy spain portugal
            china japan india korea vietnam philippines brazil argentina colombia peru chile cuba haiti jamaica
            russia ukraine poland greece turkey egypt nigeria kenya ethiopia israel iran iraq pakistan australia
            africa europe asia guatemala honduras salvador nicaragua venezuela ecuador bolivia puerto rico
            dominican republic thailand
            """);
    static final Set<String> STREET_SUFFIX = set("street st avenue ave boulevard blvd road rd drive dr lane ln "
            + "court ct terrace ter parkway pkwy highway hwy circle cir place pl way trail plaza square pike alley "
            + "row crescent loop run");
    /** Suffixes that are ordinary words: need a number before them, or capitals in cased text. */
    static final Set<String> WEAK_STREET_SUFFIX = set("drive dr court ct circle cir place pl way trail square "
            + "pike row crescent loop run plaza alley terrace ter");
    static final Set<String> UNIT_WORDS = set("apt apartment suite ste unit room floor fl building bldg");
    static final Set<String> ORG_SUFFIX = set("""
            hospital hospitals clinic clinics center centre medical health healthcare pharmacy university college
            school academy elementary institute memorial associates group inc llc corp corporation company co
            bank church practice pediatrics hospice rehab rehabilitation laboratories labs systems partners
            foundation ymca mall market factory plant store restaurant cafe diner hotel motel warehouse depot care
            med ctr cntr hosp general presbyterian healthcenter
            """);
    static final Set<String> ORG_WEAK = set("health medical group company co center centre systems partners "
            + "market store plant care general");
    static final Set<String> WORK_CUES = set("work works worked working employed job employer boss company "
            + "teach teaches teacher nurse manager volunteer volunteers intern");
    static final Set<String> PLACE_VERBS = set("""
            live lives lived living moved move moving drove drive driving came come coming born raised grew
            visiting visited visit trip travel traveled travelled traveling flew fly flying vacation stay staying
            stayed went going back home relocated commute commutes located based from
            """);
    static final Set<String> PLACE_PREPS = set("in from to near outside around");
    static final Set<String> DIGIT_WORDS = set("zero oh o one two three four five six seven eight nine double "
            + "triple");
    static final Set<String> UNIT_AFTER_NUMBER = set("""
            mg mcg milligrams micrograms g grams kg kilograms lbs lb pounds ml cc units unit iu steps calories
            dollars bucks feet foot ft inches miles meters minutes hours days weeks months years times percent
            tablets pills cells copies count platelets
            """);
    static final String[] MEDICAL_SUFFIXES = {"itis", "olol", "pril", "sartan", "statin", "mab", "osis", "oma",
        "ectomy", "otomy", "scopy", "gram", "pathy", "emia", "algia", "azole", "cillin", "mycin", "cycline",
        "prazole", "tidine", "dipine", "azepam", "oxetine", "triptan", "ase", "ine", "ol", "ide",
        "ism"};

    static {
        String[] m = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < m.length; i++) {
            MONTH_NUMBER.put(m[i], i + 1);
            MONTH_NUMBER.put(m[i].substring(0, 3), i + 1);
        }
        MONTH_NUMBER.put("sept", 9);
    }

    static boolean medicalLooking(String lower) {
        if (lower.length() < 6) {
            return false;
        }
        for (String s : MEDICAL_SUFFIXES) {
            if (lower.endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
