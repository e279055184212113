package org.clinicalnotes.eval.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptFormat;
import org.clinicalnotes.transcript.TranscriptReader;
import org.clinicalnotes.transcript.Utterance;

/**
 * Reads every dialogue of the shared data sets through {@link TranscriptReader} and prints, per file, how many
 * dialogues were read, how many failed, the utterance and role counts and the detected formats: ACI-Bench
 * ({@code challenge_data/*.csv}, {@code src_experiment_data/*.csv}), MTS-Dialog (three CSVs) and AnnoMI
 * ({@code AnnoMI-simple.csv}, rebuilt per transcript three ways: {@code Therapist:} / {@code Client:} lines, a
 * JSON array with the video timestamps as start times, and WebVTT cues with {@code <v Therapist>} voices).
 *
 * <p>A cross-check counts, per dialogue, the lines a dataset-specific pattern sees as turn starts (with text) and reports
 * dialogues whose utterance count differs ({@code mismatch}); {@code unknown} counts text before the first
 * speaker. Error lines print the code and message, which name the dialogue id, never its text.
 *
 * <p>Usage: {@code java -cp ... org.clinicalnotes.eval.survey.ReaderSurvey [DATA_DIR]}; the directory
 * defaults to {@code ../shared/data}.
 *
 * @since 0.1.0
 */
public final class ReaderSurvey {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    private static final Pattern ACI_TURN =
            Pattern.compile("^\\[(doctor|patient|patient_guest)\\]\\s*\\S.*", Pattern.DOTALL);
    private static final Pattern MTS_TURN =
            Pattern.compile("^\\s*\"?(Doctor\\w*|Patient|Guest_\\w+|Gest_\\w+|Docotr\\w*)\\s*:.*", Pattern.DOTALL);
    private static final Pattern ANY_LINE = Pattern.compile("(?s).+");

    private final TranscriptReader reader = TranscriptReader.defaults();
    private final List<String> errors = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();

    private ReaderSurvey() {
    }

    /**
     * Runs the survey and prints a Markdown table.
     *
     * @param args optional data directory
     * @since 0.1.0
     */
    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        new ReaderSurvey().run(data);
    }

    private void run(Path data) {
        List<Row> rows = new ArrayList<>();
        Path aci = data.resolve("aci-bench");
        for (String sub : List.of("challenge_data", "src_experiment_data")) {
            for (Path f : csvFiles(aci.resolve(sub))) {
                rows.add(survey("aci-bench/" + sub + "/" + f.getFileName(), dialogues(f, "dialogue",
                        f.toString().contains("src_experiment") ? "id" : "encounter_id"), ACI_TURN));
            }
        }
        for (Path f : csvFiles(data.resolve("mts-dialog"))) {
            rows.add(survey("mts-dialog/" + f.getFileName(), dialogues(f, "dialogue", "ID"), MTS_TURN));
        }
        Path annomi = data.resolve("annomi/AnnoMI-simple.csv");
        if (Files.exists(annomi)) {
            List<Map<String, String>> annomiRows = csv(annomi);
            rows.add(survey("annomi/AnnoMI-simple.csv (as Speaker: lines)", annomiText(annomiRows), ANY_LINE));
            rows.add(survey("annomi/AnnoMI-simple.csv (as JSON)", annomiJson(annomiRows), null));
            rows.add(survey("annomi/AnnoMI-simple.csv (as WebVTT)", annomiVtt(annomiRows), null));
        }
        print(rows);
    }

    private Row survey(String name, Map<String, String> dialogues, Pattern turnLine) {
        Row row = new Row(name);
        for (Map.Entry<String, String> d : dialogues.entrySet()) {
            row.dialogues++;
            String source = name + "#" + d.getKey();
            try {
                Transcript t = reader.read(d.getValue().getBytes(StandardCharsets.UTF_8), source);
                row.ok++;
                row.utterances += t.size();
                for (Utterance u : t.utterances()) {
                    row.roles.merge(u.role(), 1, Integer::sum);
                    if (u.role() == SpeakerRole.OTHER) {
                        row.otherLabels.merge(u.speaker().label(), 1, Integer::sum);
                    }
                }
                reader.detectFormat(d.getValue()).ifPresent(f -> row.formats.merge(f, 1, Integer::sum));
                long expected = turnLine == null ? t.size()
                        : d.getValue().lines().filter(l -> turnLine.matcher(l).matches()).count();
                long unknown = t.utterances().stream().filter(u -> u.speaker().label().equals("unknown")).count();
                row.unknown += unknown;
                if (expected + unknown != t.size()) {
                    row.mismatch++;
                    mismatches.add(source + ": " + t.size() + " utterances, " + expected + " turn lines");
                }
            } catch (BadInputException e) {
                row.errors++;
                errors.add(e.getMessage().replace(System.lineSeparator(), " / "));
            }
        }
        return row;
    }

    private void print(List<Row> rows) {
        System.out.println("| file | dialogues | read OK | errors | utterances | CLINICIAN | PATIENT | OTHER "
                + "| unknown | mismatch | formats | OTHER labels |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        Row total = new Row("**total**");
        for (Row r : rows) {
            System.out.println(r.line());
            total.add(r);
        }
        System.out.println(total.line());
        if (!mismatches.isEmpty()) {
            System.out.println();
            System.out.println("Mismatches (utterances vs. lines the dataset pattern sees as turns):");
            mismatches.forEach(m -> System.out.println("- " + m));
        }
        if (!errors.isEmpty()) {
            System.out.println();
            System.out.println("Errors:");
            errors.forEach(e -> System.out.println("- " + e));
        }
    }

    private static List<Path> csvFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .filter(p -> !p.getFileName().toString().contains("metadata"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, String>> csv(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
                while (it.hasNext()) {
                    rows.add(it.next());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Map<String, String> dialogues(Path file, String column, String idColumn) {
        Map<String, String> out = new LinkedHashMap<>();
        int n = 0;
        for (Map<String, String> row : csv(file)) {
            String id = row.getOrDefault(idColumn, "row" + n);
            out.put(id + (out.containsKey(id) ? "-" + n : ""), row.getOrDefault(column, ""));
            n++;
        }
        return out;
    }

    /** One AnnoMI utterance: speaker label, video timestamp (hh:mm:ss) and text. */
    private record Turn(String label, String timestamp, String text) {
    }

    /** Groups AnnoMI rows per transcript_id, ordered by utterance_id. */
    private static Map<String, List<Turn>> annomiTurns(List<Map<String, String>> rows) {
        Map<String, TreeMap<Integer, Turn>> byTranscript = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            String who = row.get("interlocutor").strip().toLowerCase(Locale.ROOT);
            String label = who.equals("therapist") ? "Therapist" : who.equals("client") ? "Client" : who;
            byTranscript.computeIfAbsent(row.get("transcript_id"), k -> new TreeMap<>())
                    .put(Integer.parseInt(row.get("utterance_id").strip()), new Turn(label,
                            row.get("timestamp").strip(), row.get("utterance_text").replaceAll("\\s*\\R\\s*", " ")));
        }
        Map<String, List<Turn>> out = new LinkedHashMap<>();
        byTranscript.forEach((id, turns) -> out.put(id, List.copyOf(turns.values())));
        return out;
    }

    /** {@code Therapist: ...} / {@code Client: ...} lines. */
    private static Map<String, String> annomiText(List<Map<String, String>> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        annomiTurns(rows).forEach((id, turns) -> out.put(id,
                turns.stream().map(t -> t.label() + ": " + t.text()).collect(Collectors.joining("\n"))));
        return out;
    }

    /** {@code [{"speaker", "text", "start"}]} with the video timestamp, normalised to hh:mm:ss.mmm, as start. */
    private static Map<String, String> annomiJson(List<Map<String, String>> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        annomiTurns(rows).forEach((id, turns) -> {
            ArrayNode array = JSON.createArrayNode();
            for (Turn t : turns) {
                ObjectNode o = array.addObject().put("speaker", t.label()).put("text", t.text());
                if (!t.timestamp().isEmpty()) {
                    // normalised: one upstream row has "00:09:025", which the reader rightly rejects (CN-1010)
                    o.put("start", vttTime(seconds(t.timestamp())));
                }
            }
            try {
                out.put(id, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    /** One cue per utterance, {@code <v Therapist>}, from its timestamp to the next one's. */
    private static Map<String, String> annomiVtt(List<Map<String, String>> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        annomiTurns(rows).forEach((id, turns) -> {
            StringBuilder sb = new StringBuilder("WEBVTT\n\nNOTE rebuilt from AnnoMI rows\n");
            for (int i = 0; i < turns.size(); i++) {
                long start = seconds(turns.get(i).timestamp());
                long end = i + 1 < turns.size() ? Math.max(start, seconds(turns.get(i + 1).timestamp())) : start + 1;
                sb.append('\n').append(i + 1).append('\n').append(vttTime(start)).append(" --> ")
                        .append(vttTime(end)).append('\n').append("<v ").append(turns.get(i).label()).append('>')
                        .append(turns.get(i).text().replace("&", "&amp;").replace("<", "&lt;")).append('\n');
            }
            out.put(id, sb.toString());
        });
        return out;
    }

    private static long seconds(String hhmmss) {
        long s = 0;
        for (String part : hhmmss.split(":")) {
            s = s * 60 + Long.parseLong(part.strip());
        }
        return s;
    }

    private static String vttTime(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.000", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static final class Row {
        final String name;
        int dialogues;
        int ok;
        int errors;
        int utterances;
        int unknown;
        int mismatch;
        final Map<SpeakerRole, Integer> roles = new EnumMap<>(SpeakerRole.class);
        final Map<TranscriptFormat, Integer> formats = new EnumMap<>(TranscriptFormat.class);
        final Map<String, Integer> otherLabels = new TreeMap<>();

        Row(String name) {
            this.name = name;
        }

        void add(Row r) {
            dialogues += r.dialogues;
            ok += r.ok;
            errors += r.errors;
            utterances += r.utterances;
            unknown += r.unknown;
            mismatch += r.mismatch;
            r.roles.forEach((k, v) -> roles.merge(k, v, Integer::sum));
            r.formats.forEach((k, v) -> formats.merge(k, v, Integer::sum));
        }

        String line() {
            String fmts = formats.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            String labels = otherLabels.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s | %s |", name,
                    dialogues, ok, errors, utterances, roles.getOrDefault(SpeakerRole.CLINICIAN, 0),
                    roles.getOrDefault(SpeakerRole.PATIENT, 0), roles.getOrDefault(SpeakerRole.OTHER, 0), unknown,
                    mismatch, fmts, labels);
        }
    }
}
