package org.clinicalnotes.measure.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.internal.SpokenNumbers;
import org.clinicalnotes.internal.WordStarts;
import org.clinicalnotes.note.MedicationMention;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * Finds medications mentioned in the conversation, with dose, frequency and status from context:
 * "start fluoxetine 20 milligrams once a day" gives {@code fluoxetine}, {@code 20 mg}, {@code once a day},
 * {@link MedicationMention.Status#NEWLY_PRESCRIBED}. Status words: stop, quit, came off ({@code STOPPED}); increase,
 * decrease, switch, go up to ({@code CHANGED}); start, prescribe, put you on ({@code NEWLY_PRESCRIBED});
 * taking, I'm on, been on ({@code TAKING}). Several mentions of one medication become one, with the most
 * specific status said (stopped, changed, newly prescribed, taking, in that order) and the dose said with it.
 *
 * <p>Names come from a built-in list of common psychiatric and primary-care medications (generic and brand
 * names); {@link #builder()} adds more. Local, deterministic, immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MedicationExtractor {

    /** The built-in medication names, lower case. */
    public static final Set<String> BUILT_IN_NAMES = Set.of(
            "fluoxetine", "prozac", "sertraline", "zoloft", "escitalopram", "lexapro", "citalopram", "celexa",
            "paroxetine", "paxil", "venlafaxine", "effexor", "desvenlafaxine", "pristiq", "duloxetine", "cymbalta",
            "bupropion", "wellbutrin", "mirtazapine", "remeron", "trazodone", "vortioxetine", "trintellix",
            "amitriptyline", "nortriptyline", "lithium", "lamotrigine", "lamictal", "valproate", "depakote",
            "divalproex", "carbamazepine", "quetiapine", "seroquel", "aripiprazole", "abilify", "olanzapine",
            "zyprexa", "risperidone", "risperdal", "lurasidone", "latuda", "clozapine", "haloperidol", "ziprasidone",
            "clonazepam", "klonopin", "lorazepam", "ativan", "alprazolam", "xanax", "diazepam", "valium",
            "chlordiazepoxide", "librium", "buspirone", "buspar", "hydroxyzine", "vistaril", "gabapentin",
            "neurontin", "pregabalin", "naltrexone", "vivitrol", "buprenorphine", "suboxone", "methadone",
            "disulfiram", "antabuse", "acamprosate", "topiramate", "topamax", "prazosin", "propranolol", "clonidine",
            "guanfacine", "melatonin", "zolpidem", "ambien", "methylphenidate", "ritalin", "concerta", "adderall",
            "amphetamine", "lisdexamfetamine", "vyvanse", "atomoxetine", "strattera", "omeprazole", "prilosec",
            "pantoprazole", "metformin", "lisinopril", "losartan", "amlodipine", "atorvastatin", "simvastatin",
            "levothyroxine", "synthroid", "ibuprofen", "advil", "motrin", "acetaminophen", "tylenol", "naproxen",
            "amoxicillin", "azithromycin", "albuterol", "prednisone", "insulin", "hydrochlorothiazide", "metoprolol",
            "sumatriptan", "ondansetron", "nicotine patch", "varenicline", "chantix", "naloxone", "narcan");

    private static final MedicationExtractor DEFAULT = builder().build();

    private static final String NUM = "(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen"
            + "|twenty|twenty[- ]five|thirty|forty|fifty|sixty|seventy[- ]five|one\\s+hundred(?:\\s+and\\s+fifty)?"
            + "|a\\s+hundred(?:\\s+and\\s+fifty)?|two\\s+hundred|three\\s+hundred|one\\s+fifty|half\\s+a)";
    private static final Pattern DOSE = Pattern.compile("\\b" + NUM + "\\s*(milligrams?|mg|micrograms?|mcg|grams?|g|units?"
            + "|milliliters?|ml)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FREQUENCY = Pattern.compile("\\b(once\\s+a\\s+day|once\\s+daily|twice\\s+a\\s+day|twice\\s+daily"
            + "|(?:three|four)\\s+times\\s+a\\s+day|every\\s+(?:morning|night|evening|day|other\\s+day|\\d+\\s+hours"
            + "|(?:four|six|eight|twelve)\\s+hours)|at\\s+(?:bedtime|night)|before\\s+bed|in\\s+the\\s+(?:morning|evening)"
            + "|daily|nightly|weekly|once\\s+a\\s+week|as\\s+needed|when\\s+needed|prn|a\\s+day)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STOPPED = Pattern.compile("\\b(?:stop|stopped|stopping|quit|quitting|came\\s+off|come\\s+off"
            + "|coming\\s+off|went\\s+off|discontinu\\w*|no\\s+longer\\s+(?:taking|on)|ran\\s+out|taper\\w*\\s+off|not\\s+taking"
            + "|weaned\\s+off)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGED = Pattern.compile("\\b(?:increas\\w*|decreas\\w*|rais\\w*|lower\\w*|bump\\w*|go\\s+up"
            + "|go\\s+down|going\\s+up|going\\s+down|switch\\w*|chang\\w*\\s+(?:the|your)\\s+dose|adjust\\w*|double\\w*|cut\\s+"
            + "(?:it|the\\s+dose)\\s+(?:in\\s+half|down))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEW = Pattern.compile("\\b(?:start|starting|begin|prescrib\\w*|try\\s+you\\s+on|put\\s+you\\s+on"
            + "|new\\s+prescription|i'll\\s+send|i\\s+will\\s+send|sending\\s+in|add(?:ing)?|i'm\\s+going\\s+to\\s+give\\s+you"
            + "|we'll\\s+try|let's\\s+try|trial\\s+of)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAKING = Pattern.compile("\\b(?:taking|take|takes|i'm\\s+on|i\\s+am\\s+on|been\\s+on|currently"
            + "\\s+on|still\\s+on|using|i\\s+use|on\\s+(?:my|the))\\b", Pattern.CASE_INSENSITIVE);

    private final Pattern names;
    private final String[] lowerNames;

    private MedicationExtractor(Builder b) {
        List<String> all = new ArrayList<>(b.names);
        all.sort((x, y) -> Integer.compare(y.length(), x.length()));
        StringBuilder sb = new StringBuilder("\\b(");
        for (int i = 0; i < all.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(all.get(i)));
        }
        this.names = Pattern.compile(sb.append(")\\b").toString(), Pattern.CASE_INSENSITIVE);
        this.lowerNames = all.stream().map(n -> n.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    /**
     * Exact pre-check for the names pattern: a match needs one of the names, case-insensitively, right
     * after a word boundary; most sentences hold none, and then the large alternation is not run.
     */
    private boolean mayNameAMedication(String lower) {
        return WordStarts.anyAtWordStart(lower, lowerNames);
    }

    /** @return the extractor with the built-in names */
    public static MedicationExtractor create() {
        return DEFAULT;
    }

    /** @return a builder starting from the built-in names */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param transcript the original transcript; not null
     * @return the medications in order of first mention, one per name
     */
    public List<MedicationMention> extract(Transcript transcript) {
        Objects.requireNonNull(transcript, "transcript");
        Map<String, MedicationMention> out = new LinkedHashMap<>();
        for (Utterance u : transcript.utterances()) {
            // longer spoken numbers as digits first: "increased to three hundred milligrams" is 300 mg, not 3
            String text = SpokenNumbers.digits(u.text().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            if (!mayNameAMedication(text)) {
                continue;
            }
            for (String s : text.split("(?<=[.?!;])\\s+")) {
                Matcher m = names.matcher(s);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                for (int i = 0; i < spans.size(); i++) {
                    int from = i > 0 ? spans.get(i - 1)[1] : 0;
                    int to = i + 1 < spans.size() ? spans.get(i + 1)[0] : s.length();
                    String name = s.substring(spans.get(i)[0], spans.get(i)[1]);
                    String before = s.substring(from, spans.get(i)[0]);
                    String after = s.substring(spans.get(i)[1], to);
                    String window = before + " " + name + " " + after;
                    MedicationMention.Status status = status(window);
                    if (status == MedicationMention.Status.UNKNOWN) { // "I'm on lithium … and quetiapine …"
                        status = status(s.substring(0, spans.get(0)[0]));
                    }
                    String dose = dose(after, status);
                    if (dose == null) {
                        dose = dose(before, status);
                    }
                    Matcher f = FREQUENCY.matcher(after);
                    String freq = f.find() ? f.group(1).replaceAll("\\s+", " ") : null;
                    merge(out, new MedicationMention(name, dose, freq, status, List.of(u.id())));
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static MedicationMention.Status status(String window) {
        if (STOPPED.matcher(window).find()) {
            return MedicationMention.Status.STOPPED;
        }
        if (CHANGED.matcher(window).find()) {
            return MedicationMention.Status.CHANGED;
        }
        if (NEW.matcher(window).find()) {
            return MedicationMention.Status.NEWLY_PRESCRIBED;
        }
        if (TAKING.matcher(window).find()) {
            return MedicationMention.Status.TAKING;
        }
        return MedicationMention.Status.UNKNOWN;
    }

    /** The dose said; for a change, the last one ("from 20 to 40 milligrams" gives 40 mg). */
    private static String dose(String s, MedicationMention.Status status) {
        Matcher m = DOSE.matcher(s);
        String found = null;
        while (m.find()) {
            found = number(m.group(1)) + " " + unit(m.group(2));
            if (status != MedicationMention.Status.CHANGED) {
                break;
            }
        }
        if (status == MedicationMention.Status.CHANGED && found != null) {
            Matcher to = Pattern.compile("\\bto\\s+" + NUM + "\\b(?!\\s*(?:milligrams?|mg))", Pattern.CASE_INSENSITIVE).matcher(s);
            Matcher any = DOSE.matcher(s);
            if (to.find() && any.find()) {
                return number(to.group(1)) + " " + unit(any.group(2));
            }
        }
        return found;
    }

    private static String number(String n) {
        String s = n.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
        return switch (s) {
            case "one" -> "1";
            case "two" -> "2";
            case "three" -> "3";
            case "four" -> "4";
            case "five" -> "5";
            case "six" -> "6";
            case "seven" -> "7";
            case "eight" -> "8";
            case "nine" -> "9";
            case "ten" -> "10";
            case "twelve" -> "12";
            case "fifteen" -> "15";
            case "twenty" -> "20";
            case "twenty five" -> "25";
            case "thirty" -> "30";
            case "forty" -> "40";
            case "fifty" -> "50";
            case "sixty" -> "60";
            case "seventy five" -> "75";
            case "one hundred", "a hundred" -> "100";
            case "one hundred and fifty", "a hundred and fifty", "one fifty" -> "150";
            case "two hundred" -> "200";
            case "three hundred" -> "300";
            case "half a" -> "0.5";
            default -> s;
        };
    }

    private static String unit(String u) {
        String s = u.toLowerCase(Locale.ROOT);
        if (s.startsWith("milligram") || s.equals("mg")) {
            return "mg";
        }
        if (s.startsWith("microgram") || s.equals("mcg")) {
            return "mcg";
        }
        if (s.startsWith("gram") || s.equals("g")) {
            return "g";
        }
        if (s.startsWith("unit")) {
            return "units";
        }
        return "mL";
    }

    private static final List<MedicationMention.Status> PRIORITY = List.of(MedicationMention.Status.STOPPED, MedicationMention.Status.CHANGED,
            MedicationMention.Status.NEWLY_PRESCRIBED, MedicationMention.Status.TAKING, MedicationMention.Status.UNKNOWN);

    private static void merge(Map<String, MedicationMention> out, MedicationMention m) {
        MedicationMention old = out.get(m.name());
        if (old == null) {
            out.put(m.name(), m);
            return;
        }
        List<String> ev = new ArrayList<>(old.evidence());
        m.evidence().stream().filter(id -> !ev.contains(id)).forEach(ev::add);
        boolean newer = PRIORITY.indexOf(m.status()) < PRIORITY.indexOf(old.status());
        MedicationMention.Status status = newer ? m.status() : old.status();
        String dose = newer && m.dose() != null ? m.dose() : old.dose() != null ? old.dose() : m.dose();
        String freq = newer && m.frequency() != null ? m.frequency() : old.frequency() != null ? old.frequency()
                : m.frequency();
        out.put(m.name(), new MedicationMention(m.name(), dose, freq, status, ev));
    }

    /** Builds a {@link MedicationExtractor}. Not thread-safe. */
    public static final class Builder {
        private final List<String> names = new ArrayList<>(BUILT_IN_NAMES);

        private Builder() {
        }

        /**
         * @param name a medication name to recognise, any case; not blank
         * @return this builder
         */
        public Builder addName(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("medication name is blank");
            }
            names.add(name.strip().toLowerCase(Locale.ROOT));
            return this;
        }

        /** @return the extractor */
        public MedicationExtractor build() {
            return new MedicationExtractor(this);
        }
    }
}
