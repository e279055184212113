package org.clinicalnotes.eval.aci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.clinicalnotes.check.NoteCheck;
import org.clinicalnotes.eval.rouge.Rouge;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.model.offline.OfflineNoteModel;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;

/**
 * Evaluates the offline note model on ACI-Bench (Yim et al., Scientific Data 10:586, 2023, CC BY 4.0): drafts
 * a note for every dialogue of the valid, test1 and test2 splits with an ACI-Bench shaped SOAP template,
 * renders it as plain text (upper-case headings, one statement per line) and scores it against the gold
 * note with {@link Rouge}; the transcript-copy baseline (the dialogue as the note) is scored alongside.
 *
 * <p>Usage: {@code java -cp ... org.clinicalnotes.eval.aci.AciBenchEval [ACI_BENCH_DIR] [--splits a,b]
 * [--dump DIR] [--max-words N] [--min-words N] [--min-relevance X] [--keep-number-words]
 * [--show-unsupported]}; the directory defaults
 * to {@code ../shared/data/aci-bench}. {@code --dump} writes the rendered notes (model output only) for inspection;
 * {@code --keep-number-words} keeps spoken numbers as words
 * ({@link OfflineNoteModel.Builder#keepNumberWords}); {@code --show-unsupported} prints the statements {@link NoteCheck#grounding()} does not find in their cited utterances.
 * The share of such statements is printed for every split.
 *
 * @since 0.1.0
 */
public final class AciBenchEval {

    private AciBenchEval() {
    }

    /**
     * Runs the evaluation and prints the table.
     *
     * @param args see the class documentation
     * @since 0.1.0
     */
    public static void main(String[] args) {
        Path dir = Path.of("../shared/data/aci-bench");
        List<String> splits = List.of("valid", "test1", "test2");
        Path dump = null;
        boolean showUnsupported = false;
        OfflineNoteModel.Builder builder = OfflineNoteModel.builder();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--max-words" -> builder.maxWords(Integer.parseInt(args[++i]));
                case "--min-words" -> builder.minContentWords(Integer.parseInt(args[++i]));
                case "--min-relevance" -> builder.minRelevance(Double.parseDouble(args[++i]));
                case "--splits" -> splits = List.of(args[++i].split(","));
                case "--dump" -> dump = Path.of(args[++i]);
                case "--show-unsupported" -> showUnsupported = true;
                case "--keep-number-words" -> builder.keepNumberWords(true);
                default -> dir = Path.of(args[i]);
            }
        }
        NoteModel model = builder.build();
        System.out.printf(Locale.ROOT, "%-7s %-16s %8s %8s %8s %8s %6s%n", "split", "system", "ROUGE-1", "ROUGE-2",
                "ROUGE-L", "R-Lsum", "words");
        for (String split : splits) {
            List<Map<String, String>> rows = AciCsv.read(dir.resolve("challenge_data/" + file(split)));
            List<String> gold = new ArrayList<>();
            List<String> ours = new ArrayList<>();
            List<String> copy = new ArrayList<>();
            Map<String, List<Integer>> byDataset = new TreeMap<>();
            int statements = 0;
            int unsupported = 0;
            for (Map<String, String> row : rows) {
                String dialogue = row.get("dialogue");
                Transcript t = parse(row.get("encounter_id"), dialogue);
                NoteModel.Draft draft = model.draft(t, AciTemplate.INSTANCE);
                for (NoteSection section : draft.sections()) {
                    for (NoteStatement st : section.statements()) {
                        statements++;
                        if (!NoteCheck.isGrounded(st, t)) {
                            unsupported++;
                            if (showUnsupported) {
                                System.out.println("UNSUPPORTED " + row.get("encounter_id") + " " + st.evidence()
                                        + ": " + st.text());
                            }
                        }
                    }
                }
                String note = render(draft);
                byDataset.computeIfAbsent(row.get("dataset"), k -> new ArrayList<>()).add(gold.size());
                gold.add(row.get("note"));
                ours.add(note);
                copy.add(dialogue);
                if (dump != null) {
                    write(dump.resolve(split + "-" + row.get("encounter_id") + ".txt"), note);
                }
            }
            print(split, "offline", Rouge.corpus(gold, ours), words(ours));
            print(split, "transcript-copy", Rouge.corpus(gold, copy), words(copy));
            for (Map.Entry<String, List<Integer>> e : byDataset.entrySet()) {
                List<String> g = new ArrayList<>();
                List<String> o = new ArrayList<>();
                for (int i : e.getValue()) {
                    g.add(gold.get(i));
                    o.add(ours.get(i));
                }
                print(split, "  offline/" + e.getKey(), Rouge.corpus(g, o), words(o));
            }
            System.out.printf(Locale.ROOT, "%-7s %-16s %44s %6.0f%n", split, "gold", "", words(gold));
            System.out.printf(Locale.ROOT, "%-7s grounding: %d of %d statements unsupported (%.1f%%)%n", split,
                    unsupported, statements, 100.0 * unsupported / Math.max(1, statements));
        }
    }

    private static String file(String split) {
        return switch (split) {
            case "test1" -> "clinicalnlp_taskB_test1.csv";
            case "test2" -> "clinicalnlp_taskC_test2.csv";
            default -> split + ".csv";
        };
    }

    private static void print(String split, String system, Rouge.Summary s, double words) {
        System.out.printf(Locale.ROOT, "%-7s %-16s %8.2f %8.2f %8.2f %8.2f %6.0f%n", split, system, s.rouge1(),
                s.rouge2(), s.rougeL(), s.rougeLsum(), words);
    }

    private static double words(List<String> texts) {
        return texts.stream().mapToInt(t -> Rouge.tokenize(t).size()).average().orElse(0);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Parses ACI-Bench's "[doctor] text" lines into a transcript; untagged lines continue the last turn. */
    static Transcript parse(String source, String dialogue) {
        List<Transcript.Turn> turns = new ArrayList<>();
        Speaker current = null;
        StringBuilder text = new StringBuilder();
        for (String line : dialogue.split("\r?\n")) {
            String l = line.strip();
            if (l.startsWith("[") && l.indexOf(']') > 0) {
                String tag = l.substring(1, l.indexOf(']')).strip().toLowerCase(Locale.ROOT);
                Speaker speaker = switch (tag) {
                    case "doctor" -> Speaker.CLINICIAN;
                    case "patient" -> Speaker.PATIENT;
                    default -> tag.matches("[a-z_]+") ? Speaker.of(SpeakerRole.OTHER, tag) : null;
                };
                if (speaker != null) {
                    flush(turns, current, text);
                    current = speaker;
                    text.setLength(0);
                    text.append(l.substring(l.indexOf(']') + 1));
                    continue;
                }
            }
            text.append(' ').append(l);
        }
        flush(turns, current, text);
        return Transcript.ofTurns(source, turns);
    }

    private static void flush(List<Transcript.Turn> turns, Speaker speaker, StringBuilder text) {
        if (speaker != null && !text.toString().isBlank()) {
            turns.add(new Transcript.Turn(speaker, text.toString().strip()));
        }
    }

    /** Renders a draft as ACI-Bench style plain text: upper-case headings, one statement per line. */
    static String render(NoteModel.Draft draft) {
        StringBuilder sb = new StringBuilder();
        for (NoteSection section : draft.sections()) {
            if (section.isEmpty()) {
                continue;
            }
            sb.append(section.title().toUpperCase(Locale.ROOT)).append("\n\n");
            for (NoteStatement st : section.statements()) {
                sb.append(st.text()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString().strip() + "\n";
    }
}
