package org.clinicalnotes.eval.deid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.clinicalnotes.deid.PhiCategory;

/**
 * Seeded generator of the de-identification gold set: synthetic clinic and therapy conversations written for
 * this project, with PHI of every Safe Harbor category put into hand-written turn templates, and clinical
 * content (drugs, doses, scores, ages under 90, years alone) that must survive. Hard cases: hyphenated
 * surnames, names that are also words, surnames outside the shipped dictionaries, lower-case (ACI-Bench
 * style) transcripts, numbers spelled out, addresses given in pieces, family members, clinics and employers.
 *
 * <pre>
 * java -cp ... org.clinicalnotes.eval.deid.DeidGoldGenerator [OUT.jsonl] [COUNT] [SEED]
 * </pre>
 * Defaults: {@code note-eval/src/main/resources/deid-gold/gold.jsonl}, 320 transcripts, seed 20261124. The
 * same seed writes the same file.
 */
public final class DeidGoldGenerator {

    /** First names from the shipped dictionary. */
    static final String[] FIRST = {"Maria", "James", "Linda", "Robert", "Patricia", "Michael", "Jennifer", "David",
        "Elizabeth", "Daniel", "Susan", "Joseph", "Karen", "Thomas", "Nancy", "Julie", "Martha", "Kevin", "Angela",
        "Brian", "Renata", "Siobhan", "Xochitl", "Anneliese", "Mireille", "Diego", "Priya", "Tyrone", "Camille"};
    /** Names outside the shipped dictionaries. */
    static final String[] FIRST_RARE = {"Thandiwe", "Oluwaseun", "Jolanta", "Kenji", "Tadeo", "Bartholomew",
        "Cormac", "Leocadia", "Anaïs", "Zbigniew"};
    static final String[] LAST = {"Smith", "Johnson", "Williams", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "Harris", "Clark", "Lewis",
        "Ortiz", "Schmidt", "Kuhn", "Reilly"};
    static final String[] LAST_RARE = {"Oyelaran", "Przybylski", "Nakamura", "Okonkwo", "Abernethy", "Zielinski",
        "Thibodeaux", "Nguyen", "Delacroix", "Kowalczyk", "Fitzgerald", "Oduya", "Haddad", "Varga", "Lindqvist",
        "Castellanos", "Yilmaz", "Sorensen", "Achterberg", "Whitfield", "Ferreira", "Bertolini", "Quispe",
        "Kaczmarek"};
    static final String[] HYPHEN = {"Gutiérrez-Molina", "Smith-Oyelaran", "Lee-Nakamura", "Garcia-Lopez",
        "Haddad-Varga", "Okafor-Reyes"};
    /** Names that are ordinary words. */
    static final String[] WORD_NAMES = {"Will", "Hope", "Grace", "Mark", "Faith", "Rose", "Bill", "Joy", "Ray"};
    static final String[] CITY = {"Kenosha", "Racine", "Springfield", "Albuquerque", "Tulsa", "Fresno", "Milwaukee",
        "Green Bay", "Oshkosh", "Duluth", "Boise", "Spokane", "Savannah", "Knoxville", "Dayton", "Toledo",
        "Syracuse", "Ann Arbor", "Eau Claire", "Cedar Rapids"};
    static final String[] TOWN_RARE = {"Pewaukee", "Oconomowoc", "Menomonee Falls", "Wauwatosa", "Sheboygan",
        "Baraboo", "Tomah", "Mukwonago"};
    static final String[] STATE = {"Wisconsin", "Illinois", "Ohio", "Texas", "Georgia", "Iowa", "Minnesota"};
    static final String[] STREET = {"Maple", "Oak", "Cedar", "Lakeview", "Washington", "Elm", "Pine", "Sheridan",
        "Bluemound", "Kinnickinnic", "Greenfield", "Highland"};
    static final String[] SUFFIX = {"Street", "Avenue", "Road", "Drive", "Lane", "Boulevard", "Court"};
    static final String[] EMPLOYER = {"Harbor Freight", "Kwik Trip", "Johnson Controls", "Froedtert", "Menards",
        "Briggs and Stratton", "Harley-Davidson", "Rockwell Automation", "Fiserv", "Kohler"};
    static final String[] FACILITY = {"Kenosha Memorial Hospital", "St. Luke's Medical Center", "Aurora Sinai Clinic",
        "Lakeshore Family Clinic", "Mercy Hospital", "Riverside Urgent Care", "Oakwood Elementary School",
        "Bayview Pharmacy"};
    static final String[] MONTH = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private final Random r;

    DeidGoldGenerator(long seed) {
        this.r = new Random(seed);
    }

    /** A piece of text; category null for text that is not PHI. */
    record Piece(String text, PhiCategory category) {
    }

    /** Builds one turn from pieces. */
    private final class Turn {
        final String speaker;
        final List<Piece> pieces = new ArrayList<>();

        Turn(String speaker) {
            this.speaker = speaker;
        }

        Turn t(String s) {
            pieces.add(new Piece(s, null));
            return this;
        }

        Turn p(String s, PhiCategory c) {
            pieces.add(new Piece(s, c));
            return this;
        }
    }

    private String pick(String[] a) {
        return a[r.nextInt(a.length)];
    }

    private String first() {
        return r.nextInt(4) == 0 ? pick(FIRST_RARE) : pick(FIRST);
    }

    private String last() {
        int k = r.nextInt(6);
        return k == 0 ? pick(HYPHEN) : k <= 2 ? pick(LAST_RARE) : pick(LAST);
    }

    private String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + (i == 0 ? 2 + r.nextInt(8) : r.nextInt(10))));
        }
        return sb.toString();
    }

    private String phone() {
        String a = digits(3);
        String b = digits(3);
        String c = digits(4);
        return switch (r.nextInt(5)) {
            case 0 -> "(" + a + ") " + b + "-" + c;
            case 1 -> a + "-" + b + "-" + c;
            case 2 -> a + "." + b + "." + c;
            case 3 -> "+44 20 " + digits(4) + " " + digits(4);
            default -> a + " " + b + " " + c;
        };
    }

    private static final String[] DIGIT_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine"};

    private String spelled(String digits) {
        StringBuilder sb = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (Character.isDigit(c)) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(DIGIT_WORDS[c - '0']);
            }
        }
        return sb.toString();
    }

    private String date() {
        int y = 1940 + r.nextInt(84);
        int m = 1 + r.nextInt(12);
        int d = 1 + r.nextInt(28);
        String mon = MONTH[m - 1];
        return switch (r.nextInt(7)) {
            case 0 -> mon + " " + d + ", " + y;
            case 1 -> m + "/" + d + "/" + y;
            case 2 -> mon + " " + d + ordinal(d);
            case 3 -> y + "-" + String.format("%02d-%02d", m, d);
            case 4 -> d + ordinal(d) + " of " + mon;
            case 5 -> mon.substring(0, 3) + ". " + d + ", " + y;
            default -> m + "/" + d + "/" + String.format("%02d", y % 100);
        };
    }

    private static String ordinal(int d) {
        if (d >= 11 && d <= 13) {
            return "th";
        }
        return switch (d % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static final String[] ORD = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
        "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"};

    /** Turn makers: each returns a turn with PHI. */
    private List<Function<Boolean, Turn>> phiTurns() {
        List<Function<Boolean, Turn>> list = new ArrayList<>();
        list.add(x -> new Turn("doctor").t("Good morning, ").p(first(), PhiCategory.NAME).t(". How have you been?"));
        list.add(x -> new Turn("doctor").t("Hi ").p("Mr. " + last(), PhiCategory.NAME)
                .t(", I'm ").p("Dr. " + last(), PhiCategory.NAME).t(" and I'll be seeing you today."));
        list.add(x -> new Turn("patient").t("My name is ").p(first() + " " + last(), PhiCategory.NAME).t("."));
        list.add(x -> new Turn("patient").t("My wife ").p(first(), PhiCategory.NAME)
                .t(" drove me here because my vision was blurry."));
        list.add(x -> new Turn("patient").t("My daughter, ").p(first(), PhiCategory.NAME)
                .t(", helps me with the pill box, she sets up the metoprolol 25 mg twice a day."));
        list.add(x -> new Turn("patient").t("My son ").p(pick(WORD_NAMES), PhiCategory.NAME)
                .t(" has been checking my blood pressure, it was 142/88 last week."));
        list.add(x -> new Turn("patient_guest").t("I'm ").p(first(), PhiCategory.NAME)
                .t(", her husband. She has not been sleeping well."));
        list.add(x -> new Turn("doctor").t("Please ask ").p(pick(WORD_NAMES) + " " + last(), PhiCategory.NAME)
                .t(" at the front desk to schedule the follow-up in 2 weeks."));
        list.add(x -> new Turn("patient").t("I saw ").p("Dr. " + last(), PhiCategory.NAME).t(" at ")
                .p(pick(FACILITY), PhiCategory.LOCATION).t(" last spring for the knee."));
        list.add(x -> new Turn("patient").t("We drove in from ").p(pick(CITY), PhiCategory.LOCATION)
                .t(" this morning, it took about an hour."));
        list.add(x -> new Turn("patient").t("I grew up in ").p(pick(TOWN_RARE), PhiCategory.LOCATION).t(", ")
                .t(pick(STATE)).t(", and moved here in 2015."));
        list.add(x -> new Turn("patient").t("I live at ").p(digits(4) + " " + pick(STREET) + " " + pick(SUFFIX),
                PhiCategory.LOCATION).t(", ").p(pick(CITY), PhiCategory.LOCATION).t(", ").t(pick(STATE)).t(" ")
                .p(digits(5), PhiCategory.LOCATION).t("."));
        list.add(x -> new Turn("patient").t("Ask for ").p("Nurse " + pick(FIRST_RARE), PhiCategory.NAME)
                .t(" in the infusion suite; I get the Remicade 5 mg/kg there every 8 weeks."));
        list.add(x -> new Turn("doctor").p("Mrs. " + pick(LAST_RARE), PhiCategory.NAME)
                .t(" is a 74-year-old woman with atrial fibrillation on apixaban 5 mg twice daily."));
        list.add(x -> new Turn("patient").t("The address is ").p(digits(3), PhiCategory.LOCATION)
                .t(", um, ").p(pick(STREET) + " " + pick(SUFFIX), PhiCategory.LOCATION).t(", apartment ")
                .t("").p(String.valueOf(1 + r.nextInt(40)), PhiCategory.LOCATION).t("."));
        list.add(x -> new Turn("doctor").t("And the zip code there?"));
        list.add(x -> new Turn("patient").t("Zip code ").p(digits(5), PhiCategory.LOCATION).t("."));
        list.add(x -> new Turn("patient").t("I work at ").p(pick(EMPLOYER), PhiCategory.LOCATION)
                .t(" on the loading dock, lifting boxes all day."));
        list.add(x -> new Turn("patient").t("I was born on ").p(date(), PhiCategory.DATE).t("."));
        list.add(x -> new Turn("doctor").t("Your last colonoscopy was on ").p(date(), PhiCategory.DATE)
                .t(" and it was normal."));
        list.add(x -> new Turn("doctor").t("Let's see you back on the ").p((1 + r.nextInt(28)) + "th",
                PhiCategory.DATE).t(" at 10 am."));
        list.add(x -> new Turn("patient").t("It started around the middle of ").p(pick(MONTH), PhiCategory.DATE)
                .t(", maybe three weeks of pain."));
        list.add(x -> new Turn("patient").t("My mother is ").p(String.valueOf(90 + r.nextInt(12)), PhiCategory.DATE)
                .t(" years old and still lives alone."));
        list.add(x -> new Turn("patient").t("My father turned ").p("ninety " + DIGIT_WORDS[1 + r.nextInt(8)],
                PhiCategory.DATE).t(" in the spring."));
        list.add(x -> new Turn("doctor").t("What's the best number to reach you?"));
        list.add(x -> new Turn("patient").t("My cell is ").p(phone(), PhiCategory.PHONE).t("."));
        list.add(x -> new Turn("patient").t("You can call me at ").p(spelled(digits(3)) + ", " + spelled(digits(3))
                + ", " + spelled(digits(4)), PhiCategory.PHONE).t("."));
        list.add(x -> new Turn("doctor").t("Please fax the records to ").p(digits(3) + "-" + digits(3) + "-"
                + digits(4), PhiCategory.FAX).t("."));
        list.add(x -> new Turn("patient").t("My email is ").p(first().toLowerCase(Locale.ROOT).replace("ï", "i")
                + "." + pick(LAST_RARE).toLowerCase(Locale.ROOT) + "@gmail.com", PhiCategory.EMAIL).t("."));
        list.add(x -> new Turn("doctor").t("The portal is at ").p("https://mychart." + pick(LAST_RARE)
                .toLowerCase(Locale.ROOT) + "health.org/login", PhiCategory.URL).t(" if you want to message us."));
        list.add(x -> new Turn("patient").t("My social security number is ").p(digits(3) + "-" + digits(2) + "-"
                + digits(4), PhiCategory.SSN).t("."));
        list.add(x -> new Turn("doctor").t("I have your medical record number as ").p(digits(8),
                PhiCategory.MEDICAL_RECORD_NUMBER).t(", is that right?"));
        list.add(x -> new Turn("doctor").t("MRN ").p(digits(4) + "-" + digits(4), PhiCategory.MEDICAL_RECORD_NUMBER)
                .t(", date of birth on file."));
        list.add(x -> new Turn("patient").t("My member ID is ").p("XJ" + digits(7), PhiCategory.HEALTH_PLAN_NUMBER)
                .t(" with Blue Cross."));
        list.add(x -> new Turn("patient").t("The policy number is ").p(spelled(digits(8)),
                PhiCategory.HEALTH_PLAN_NUMBER).t("."));
        list.add(x -> new Turn("doctor").t("Billing has account number ").p(digits(10), PhiCategory.ACCOUNT_NUMBER)
                .t(" for the copay."));
        list.add(x -> new Turn("patient").t("I'm a nurse, my license number is ").p("RN" + digits(6),
                PhiCategory.LICENSE_NUMBER).t("."));
        list.add(x -> new Turn("patient").t("They towed my car, license plate ").p(
                (char) ('A' + r.nextInt(26)) + "" + (char) ('A' + r.nextInt(26)) + "K-" + digits(4),
                PhiCategory.VEHICLE_ID).t("."));
        list.add(x -> new Turn("doctor").t("The pacemaker serial number is ").p("PM" + digits(7),
                PhiCategory.DEVICE_ID).t("."));
        list.add(x -> new Turn("doctor").t("The server logged your login from ").p((10 + r.nextInt(200)) + "."
                + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254)), PhiCategory.IP_ADDRESS)
                .t("."));
        list.add(x -> new Turn("doctor").t("Your fingerprint ID for the medication cabinet is ").p("FP-" + digits(6),
                PhiCategory.BIOMETRIC_ID).t("."));
        list.add(x -> new Turn("doctor").t("I'll attach the wound photo, image ").p("IMG" + digits(5),
                PhiCategory.PHOTO).t(", to your chart."));
        list.add(x -> new Turn("doctor").t("Your case number with the county is ").p(digits(7) + "-"
                + (char) ('A' + r.nextInt(26)), PhiCategory.OTHER_ID).t("."));
        list.add(x -> new Turn("patient").t("My brother ").p(first() + " " + last(), PhiCategory.NAME)
                .t(" had a heart attack at 52."));
        list.add(x -> new Turn("patient").t("Tell ").p(first(), PhiCategory.NAME).t(" at ")
                .p(pick(FACILITY), PhiCategory.LOCATION).t(" that I said hi."));
        list.add(x -> new Turn("patient").t("It was ").p(MONTH[r.nextInt(12)].toLowerCase(Locale.ROOT) + " " + ORD[
                r.nextInt(28)], PhiCategory.DATE).t(" two weeks before my birthday."));
        list.add(x -> new Turn("doctor").t("Thank you, ").p(first(), PhiCategory.NAME)
                .t(". We will call with the results."));
        list.add(x -> new Turn("patient").t("My counselor ").p(first() + " " + last(), PhiCategory.NAME)
                .t(" at ").p(pick(FACILITY), PhiCategory.LOCATION).t(" gave me the PHQ-9 and I scored 14."));
        return list;
    }

    /** Clinical turns without PHI; what must survive. */
    static final String[][] FILLER = {
        {"doctor", "What brings you in today?"},
        {"patient", "I've had headaches for about three weeks, mostly in the morning."},
        {"doctor", "Are you still taking lisinopril 20 mg once a day?"},
        {"patient", "Yes, and metformin 500 milligrams twice a day."},
        {"doctor", "Your A1c was 7.2 and your LDL was 131."},
        {"patient", "The pain is about a 6 out of 10, worse when I climb stairs."},
        {"doctor", "Your PHQ-9 today is 12 and the GAD-7 is 9, moderate anxiety."},
        {"patient", "I'm 67 and I had my gallbladder out in 2019."},
        {"doctor", "She is a 45-year-old female with hypertension and type 2 diabetes."},
        {"patient", "I drink about two beers a night, maybe more on weekends."},
        {"doctor", "Blood pressure is 138/84, heart rate 76, oxygen 98 percent."},
        {"patient", "I get short of breath walking two blocks down the road."},
        {"doctor", "Let's start sertraline 50 mg daily and recheck in 6 weeks."},
        {"patient", "I have been feeling down, not much interest in things, sleeping ten hours."},
        {"doctor", "Any thoughts of hurting yourself?"},
        {"patient", "No, nothing like that. I will be fine, I hope."},
        {"doctor", "Take ibuprofen 400 mg every 6 hours as needed for pain."},
        {"patient", "My back hurts when I bend over, it radiates down my left leg."},
        {"doctor", "We'll get an MRI of the lumbar spine and a basic metabolic panel."},
        {"patient", "I may have missed a few doses of the Eliquis last month."},
        {"doctor", "Your weight is 212 pounds, up 8 pounds since the last visit."},
        {"patient", "My grandfather had colon cancer when he was 70."},
        {"doctor", "We talked about diet, exercise and cutting down on salt."},
        {"patient", "I walk the dog for 30 minutes every day in the park."},
        {"doctor", "The x-ray shows mild degenerative changes in both knees."},
        {"patient", "Tylenol helps a little but the swelling comes back."},
        {"doctor", "Your TSH is 2.1 which is normal."},
        {"patient", "I quit smoking 5 years ago, I smoked a pack a day for 20 years."},
        {"doctor", "Follow up in 3 months, sooner if the chest pain comes back."},
        {"patient", "Okay, thank you doctor."},
    };

    GoldTranscript next(String id) {
        boolean lower = r.nextInt(10) < 4;
        boolean colon = !lower && r.nextBoolean();
        List<Function<Boolean, Turn>> phi = phiTurns();
        List<Turn> turns = new ArrayList<>();
        int n = 6 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(5) < 2) {
                String[] f = FILLER[r.nextInt(FILLER.length)];
                turns.add(new Turn(f[0]).t(f[1]));
            } else {
                turns.add(phi.get(r.nextInt(phi.size())).apply(lower));
            }
        }
        StringBuilder sb = new StringBuilder();
        List<GoldTranscript.Span> spans = new ArrayList<>();
        for (Turn t : turns) {
            if (colon) {
                String label = switch (t.speaker) {
                    case "doctor" -> "Doctor";
                    case "patient" -> "Patient";
                    default -> "Guest_family";
                };
                sb.append(label).append(": ");
            } else {
                sb.append('[').append(t.speaker).append("] ");
            }
            for (Piece p : t.pieces) {
                String s = lower ? p.text().toLowerCase(Locale.ROOT) : p.text();
                if (p.category() != null) {
                    spans.add(new GoldTranscript.Span(sb.length(), sb.length() + s.length(), p.category()));
                }
                sb.append(s);
            }
            sb.append('\n');
        }
        return new GoldTranscript(id, sb.toString(), spans);
    }

    /** @return {@code count} transcripts from the seed */
    public static List<GoldTranscript> generate(long seed, int count) {
        DeidGoldGenerator g = new DeidGoldGenerator(seed);
        List<GoldTranscript> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            out.add(g.next(String.format("gold-%03d", i)));
        }
        return out;
    }

    /** Writes the gold set as JSON lines. */
    public static void write(List<GoldTranscript> gold, Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (GoldTranscript g : gold) {
            ObjectNode o = json.createObjectNode();
            o.put("id", g.id());
            o.put("text", g.text());
            ArrayNode a = o.putArray("spans");
            for (GoldTranscript.Span s : g.spans()) {
                a.addObject().put("start", s.start()).put("end", s.end()).put("category", s.category().name())
                        .put("value", g.text().substring(s.start(), s.end()));
            }
            sb.append(json.writeValueAsString(o)).append('\n');
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }

    /** Reads a gold set written by {@link #write}. */
    public static List<GoldTranscript> read(List<String> lines) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldTranscript> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            var o = json.readTree(line);
            List<GoldTranscript.Span> spans = new ArrayList<>();
            for (var s : o.get("spans")) {
                spans.add(new GoldTranscript.Span(s.get("start").asInt(), s.get("end").asInt(),
                        PhiCategory.valueOf(s.get("category").asText())));
            }
            out.add(new GoldTranscript(o.get("id").asText(), o.get("text").asText(), spans));
        }
        return out;
    }

    /**
     * @param args [OUT.jsonl] [COUNT] [SEED]
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "note-eval/src/main/resources/deid-gold/gold.jsonl");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 320;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261124L;
        List<GoldTranscript> gold = generate(seed, count);
        write(gold, out);
        int spans = gold.stream().mapToInt(g -> g.spans().size()).sum();
        System.out.println("wrote " + gold.size() + " transcripts, " + spans + " spans to " + out);
    }
}
