package org.clinicalnotes.eval.risk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;

/**
 * The false-flag harness for full sessions: runs a {@link RiskScreen} over whole clinic transcripts (the
 * {@code notes-blind} files, ACI-Bench dialogues) and counts the PRESENT flags per kind against the kinds a
 * session truly holds. A truth file ({@code file<TAB>KIND,KIND}) names the true PRESENT kinds per session; a
 * session absent from it is taken to hold none (ACI-Bench primary-care visits). Prints, per session, each PRESENT
 * flag's kind and evidence utterance ids (no text), and the flags per 100 sessions that the truth does not hold.
 *
 * <p>Run: {@code java -cp examples/target/clinical-notes.jar org.clinicalnotes.eval.risk.SessionFlagReport
 * [--lexical|--no-model] [--truth FILE] [--out FILE] PATH...}, a PATH being a folder of {@code .txt}
 * transcripts, one transcript, or an ACI-Bench CSV (column {@code dialogue}).
 *
 * @since 0.5.0
 */
public final class SessionFlagReport {

    private SessionFlagReport() {
    }

    /** One session's PRESENT flags against its truth. */
    record Session(String name, List<RiskFlag> present, List<RiskFlag.Kind> truth, int unclear) {

        Session(String name, List<RiskFlag> present, List<RiskFlag.Kind> truth) {
            this(name, present, truth, 0);
        }

        /** @return the PRESENT flags of kinds the session does not hold */
        List<RiskFlag> falseFlags() {
            return present.stream().filter(f -> !truth.contains(f.kind())).toList();
        }
    }

    /**
     * @param args options and paths (see the class comment)
     * @throws BadInputException CN-5110 when a path is neither a transcript, a folder nor a CSV
     */
    public static void main(String[] args) {
        RiskScreen screen = RiskScreen.create();
        Path truthFile = null;
        Path out = null;
        List<Path> paths = new ArrayList<>();
        boolean show = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--lexical" -> screen = RiskScreen.lexical();
                case "--no-model" -> screen = screen.withoutModel();
                case "--truth" -> truthFile = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--show" -> show = true;
                default -> paths.add(Path.of(args[i]));
            }
        }
        Map<String, List<RiskFlag.Kind>> truth = truthFile == null ? Map.of() : truth(truthFile);
        List<Session> sessions = new ArrayList<>();
        for (Path p : paths) {
            for (Map.Entry<String, Transcript> e : transcripts(p).entrySet()) {
                List<RiskFlag> all = screen.screen(e.getValue());
                List<RiskFlag> present = all.stream().filter(f -> f.status() == RiskFlag.Status.PRESENT).toList();
                int unclear = (int) all.stream().filter(f -> f.status() == RiskFlag.Status.UNCLEAR).count();
                sessions.add(new Session(e.getKey(), present, truth.getOrDefault(e.getKey(), List.of()), unclear));
                if (show) {
                    // Local reading of the public, synthetic sessions only: never for real transcripts.
                    for (RiskFlag f : present) {
                        System.err.println("== " + e.getKey() + " " + f.kind() + " " + f.evidence());
                        e.getValue().utterances().stream().filter(u -> f.evidence().contains(u.id()))
                                .forEach(u -> System.err.println("   " + u.id() + " " + u.speaker().role() + ": "
                                        + u.text()));
                    }
                }
            }
        }
        String text = render(screen.id(), sessions);
        if (out == null) {
            System.out.print(text);
        } else {
            try {
                Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "flags", ".tmp");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the report", e);
            }
        }
    }

    static String render(String screenId, List<Session> sessions) {
        StringBuilder sb = new StringBuilder();
        sb.append("Screen ").append(screenId).append(", ").append(sessions.size()).append(" sessions\n\n");
        Map<RiskFlag.Kind, int[]> perKind = new EnumMap<>(RiskFlag.Kind.class);
        int falseTotal = 0;
        int sessionsWithFalse = 0;
        int found = 0;
        int truths = 0;
        int unclear = 0;
        for (Session s : sessions) {
            unclear += s.unclear();
            List<RiskFlag> wrong = s.falseFlags();
            falseTotal += wrong.size();
            sessionsWithFalse += wrong.isEmpty() ? 0 : 1;
            wrong.forEach(f -> perKind.computeIfAbsent(f.kind(), k -> new int[1])[0]++);
            truths += s.truth().size();
            found += (int) s.truth().stream().filter(k -> s.present().stream().anyMatch(f -> f.kind() == k)).count();
            if (!s.present().isEmpty() || !s.truth().isEmpty()) {
                sb.append("- ").append(s.name()).append(": truth ").append(s.truth()).append("; flags");
                for (RiskFlag f : s.present()) {
                    sb.append(' ').append(s.truth().contains(f.kind()) ? "" : "FALSE:").append(f.kind())
                            .append(f.evidence());
                }
                sb.append('\n');
            }
        }
        sb.append("\nFalse PRESENT flags: ").append(falseTotal).append(" in ").append(sessionsWithFalse)
                .append(" of ").append(sessions.size()).append(" sessions (")
                .append(String.format(Locale.ROOT, "%.1f", sessions.isEmpty() ? 0.0
                        : 100.0 * falseTotal / sessions.size()))
                .append(" per 100 sessions); true kinds flagged ").append(found).append(" of ").append(truths)
                .append("; UNCLEAR flags (needs review): ").append(unclear).append('\n');
        perKind.forEach((k, n) -> sb.append("  ").append(k).append(": ").append(n[0]).append('\n'));
        return sb.toString();
    }

    /** @return the true PRESENT kinds per session name, from lines {@code name<TAB>KIND,KIND} */
    static Map<String, List<RiskFlag.Kind>> truth(Path file) {
        Map<String, List<RiskFlag.Kind>> out = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                List<RiskFlag.Kind> kinds = new ArrayList<>();
                if (cols.length > 1) {
                    for (String k : cols[1].split(",")) {
                        if (!k.isBlank()) {
                            kinds.add(RiskFlag.Kind.valueOf(k.strip()));
                        }
                    }
                }
                out.put(cols[0].strip(), List.copyOf(kinds));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException("CN-5110", file.getFileName().toString(), "the truth file is not"
                    + " readable as lines of a session name, a tab and risk kinds", "Fix the file's lines.");
        }
        return out;
    }

    /** @return encounter id to dialogue, from an ACI-Bench CSV (header row, quoted multi-line cells) */
    static Map<String, String> dialogues(Path csv) throws IOException {
        com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = com.fasterxml.jackson.dataformat.csv.CsvMapper.builder()
                .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY).build();
        Map<String, String> out = new TreeMap<>();
        try (java.io.Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             com.fasterxml.jackson.databind.MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
                     .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader()).readValues(r)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                out.put(row.getOrDefault("encounter_id", "row" + out.size()), row.getOrDefault("dialogue", ""));
            }
        }
        return out;
    }

    /** A dictation ({@code # dictation} first line) is read as the clinician's turns, one a line. */
    private static Transcript read(Path f) throws IOException {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equalsIgnoreCase("# dictation")) {
            return TranscriptReader.defaults().read(f);
        }
        List<Transcript.Turn> turns = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            if (!l.isBlank()) {
                turns.add(new Transcript.Turn(org.clinicalnotes.transcript.Speaker.CLINICIAN, l.strip()));
            }
        }
        return Transcript.ofTurns(f.getFileName().toString(), turns);
    }

    static Map<String, Transcript> transcripts(Path p) {
        Map<String, Transcript> out = new TreeMap<>();
        try {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        out.put(f.getFileName().toString(), read(f));
                    }
                }
            } else if (p.toString().endsWith(".csv")) {
                for (Map.Entry<String, String> e : dialogues(p).entrySet()) {
                    out.put(e.getKey(), TranscriptReader.defaults().read(e.getValue(), e.getKey()));
                }
            } else if (Files.isRegularFile(p)) {
                out.put(p.getFileName().toString(), read(p));
            } else {
                throw new BadInputException("CN-5110", p.getFileName() == null ? "" : p.getFileName().toString(),
                        "not a transcript, a folder of transcripts or an ACI-Bench CSV",
                        "Give a .txt transcript, a folder of them or a CSV with a dialogue column.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sessions", e);
        }
        return out;
    }
}
