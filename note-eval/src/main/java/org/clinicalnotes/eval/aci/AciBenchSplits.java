package org.clinicalnotes.eval.aci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.eval.run.Divisions;
import org.clinicalnotes.eval.run.EvalCase;
import org.clinicalnotes.eval.run.EvalSplit;
import org.clinicalnotes.eval.run.PublishedRow;
import org.clinicalnotes.template.NoteTemplate;

/**
 * Loads an ACI-Bench split (Yim et al., Scientific Data 10:586, 2023, CC BY 4.0) for
 * {@link org.clinicalnotes.eval.run.EvalRunner}: the dialogues and gold notes from {@code challenge_data/},
 * the gold text of each division from {@code challenge_data_sections/}, and for test1 and test2 the published
 * rows of {@code results_tables/} (the full-note block and every division block).
 *
 * <p>The model fills an ACI-Bench shaped SOAP template (chief complaint, history of present illness, review of
 * systems, physical examination, results, assessment and plan); its sections map to divisions through
 * {@link Divisions#forTemplate}. Stateless.
 *
 * @since 0.1.0
 */
public final class AciBenchSplits {

    /** Split names this loader knows. */
    public static final List<String> SPLITS = List.of("train", "valid", "test1", "test2");

    /** Published systems shown beside ours: results-table row name to display name. */
    public static final Map<String, String> SHOWN_SYSTEMS = shown();

    private static final ObjectMapper JSON = new ObjectMapper();

    private AciBenchSplits() {
    }

    private static Map<String, String> shown() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("transcript", "transcript copy");
        m.put("12 doctor turns", "12 doctor turns");
        m.put("train$_{\\mathrm{UMLS}}$", "retrieval train_UMLS");
        m.put("BART+FT$_{\\mathrm{SAMSum}}$ (Division)", "BART+FT_SAMSum (Division)");
        m.put("GPT-4", "GPT-4");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** @return the template the model fills for ACI-Bench */
    public static NoteTemplate template() {
        return AciTemplate.INSTANCE;
    }

    /**
     * Loads a split.
     *
     * @param aciBenchDir the {@code aci-bench} folder; not null
     * @param split one of {@link #SPLITS}
     * @return the split
     * @throws ConfigurationException (CN-1902) for an unknown split
     * @throws BadInputException (CN-1901) when a data file is missing or unreadable
     * @since 0.1.0
     */
    public static EvalSplit load(Path aciBenchDir, String split) {
        String stem = stem(split);
        Path notes = aciBenchDir.resolve("challenge_data/" + stem + ".csv");
        List<Map<String, String>> rows = readCsv(notes);
        Map<String, Map<String, String>> divisions = new HashMap<>();
        for (String division : EvalSplit.ACI_DIVISIONS) {
            Path file = aciBenchDir.resolve("challenge_data_sections/" + stem + "_" + division + ".json");
            for (JsonNode item : readJson(file).path("data")) {
                String id = item.path("file").asText().split("-", 2)[0];
                divisions.computeIfAbsent(id, k -> new HashMap<>()).put(division, item.path("tgt").asText(""));
            }
        }
        List<EvalCase> cases = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String id = row.getOrDefault("encounter_id", "");
            String dialogue = row.get("dialogue");
            String note = row.get("note");
            if (id.isEmpty() || dialogue == null || note == null) {
                throw new BadInputException("CN-1901", notes.toString(), 0,
                        "a row lacks encounter_id, dialogue or note", "use the unchanged ACI-Bench challenge_data files", null);
            }
            Map<String, String> div = new LinkedHashMap<>();
            for (String d : EvalSplit.ACI_DIVISIONS) {
                div.put(d, divisions.getOrDefault(id, Map.of()).getOrDefault(d, ""));
            }
            cases.add(new EvalCase(id, row.getOrDefault("dataset", ""), dialogue, note, div, List.of()));
        }
        Path table = aciBenchDir.resolve("results_tables/" + split + ".csv");
        List<PublishedRow> published = Files.isRegularFile(table) ? published(table) : List.of();
        return new EvalSplit("aci-bench", split, AciTemplate.INSTANCE, cases,
                Divisions.forTemplate(AciTemplate.INSTANCE), published);
    }

    static String stem(String split) {
        return switch (split) {
            case "train", "valid" -> split;
            case "test1" -> "clinicalnlp_taskB_test1";
            case "test2" -> "clinicalnlp_taskC_test2";
            default -> throw new ConfigurationException("CN-1902", "unknown ACI-Bench split '" + split
                    + "'; use one of " + String.join(", ", SPLITS));
        };
    }

    /**
     * Reads every block of a results table ({@code ALL}, {@code division-subjective}, ...) into rows; the
     * block of a row is {@code ALL} or the division name.
     *
     * @param table a {@code results_tables/*.csv} file; not null
     * @return the rows in file order
     * @throws BadInputException (CN-1901) when it cannot be read or a value is not a number
     * @since 0.1.0
     */
    public static List<PublishedRow> published(Path table) {
        List<String> lines;
        try {
            lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw missing(table, e);
        }
        List<PublishedRow> out = new ArrayList<>();
        String block = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("ALL")) {
                block = "ALL";
                continue;
            }
            if (line.startsWith("division-")) {
                block = line.substring("division-".length());
                continue;
            }
            String[] cells = line.split(",");
            if (block == null || cells.length < 8 || cells[0].equals("Model")) {
                continue;
            }
            int n = cells.length;
            String name = String.join(",", java.util.Arrays.copyOfRange(cells, 0, n - 7));
            try {
                out.add(new PublishedRow(name, block, Double.parseDouble(cells[n - 7]), Double.parseDouble(cells[n - 6]),
                        Double.parseDouble(cells[n - 5]), Double.parseDouble(cells[n - 2])));
            } catch (NumberFormatException e) {
                throw new BadInputException("CN-1901", table.toString(), i + 1, "a score is not a number",
                        "use the unchanged ACI-Bench results_tables files", e);
            }
        }
        return out;
    }

    /**
     * The published systems' own outputs on test1 or test2 (ACI-Bench {@code baseline_predictions/}), for the
     * systems of {@link #SHOWN_SYSTEMS}, so that metrics the paper did not report (this kit's concept F1) can
     * be computed for them too.
     *
     * @param aciBenchDir the {@code aci-bench} folder; not null
     * @param split {@code test1} or {@code test2}; other splits have none
     * @return display name to (encounter id to note); systems whose file is missing are left out
     * @since 0.1.0
     */
    public static Map<String, Map<String, String>> publishedPredictions(Path aciBenchDir, String split) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (!split.equals("test1") && !split.equals("test2")) {
            return out;
        }
        String stem = stem(split);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("transcript copy", "transcript_" + stem + ".csv");
        files.put("12 doctor turns", "12_doctor_turns_" + stem + ".csv");
        files.put("retrieval train_UMLS", "UMLS_similarity_" + stem + ".csv");
        files.put("BART+FT_SAMSum (Division)", "bart-large-xsum-samsum_" + stem + "_division_combined.csv");
        files.put("GPT-4", split + "_GPT-4.csv");
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path file = aciBenchDir.resolve("baseline_predictions/" + e.getValue());
            if (Files.isRegularFile(file)) {
                out.put(e.getKey(), AciCsv.byEncounter(readCsv(file), "note"));
            }
        }
        return out;
    }

    private static List<Map<String, String>> readCsv(Path file) {
        if (!Files.isRegularFile(file)) {
            throw missing(file, null);
        }
        try {
            return AciCsv.read(file);
        } catch (RuntimeException e) {
            throw new BadInputException("CN-1901", file.toString(), 0, "cannot be read as CSV ("
                    + e.getClass().getSimpleName() + ")", "use the unchanged ACI-Bench files", e);
        }
    }

    private static JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            throw missing(file, null);
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException("CN-1901", file.toString(), 0, "cannot be read as JSON",
                    "use the unchanged ACI-Bench challenge_data_sections files", e);
        }
    }

    private static BadInputException missing(Path file, Throwable cause) {
        return new BadInputException("CN-1901", file.toString(), 0, "ACI-Bench file is missing or unreadable",
                "point --data at the folder that holds aci-bench/ (default ../shared/data)", cause);
    }
}
