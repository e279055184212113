package org.clinicalnotes.eval.mts;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.eval.run.EvalCase;
import org.clinicalnotes.eval.run.EvalSplit;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.TemplateRegistry;

/**
 * Loads an MTS-Dialog split (Ben Abacha et al., EACL 2023, CC BY 4.0) for section-level evaluation: each row
 * is a short dialogue and ONE gold note section. The model fills the built-in {@code hp} (history and
 * physical) template; the row's {@code section_header} maps to content kinds ({@link #kindsFor}) and the
 * statements of the template sections that take those kinds are scored against {@code section_text}.
 * Stateless.
 *
 * @since 0.1.0
 */
public final class MtsDialogSplits {

    /** Split names: file. */
    public static final Map<String, String> SPLITS = Map.of(
            "TestSet-1", "MTS-Dialog-TestSet-1-MEDIQA-Chat-2023.csv",
            "ValidationSet", "MTS-Dialog-ValidationSet.csv",
            "TrainingSet", "MTS-Dialog-TrainingSet.csv");

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private MtsDialogSplits() {
    }

    /**
     * The content kinds a section header stands for. Family/social, past medical and surgical, gynaecological,
     * immunisation, procedure and other history go to HISTORY; allergies and medications to MEDICATIONS; labs
     * and imaging to RESULTS; diagnosis and assessment to ASSESSMENT; plan, disposition and ED course to PLAN
     * and ASSESSMENT.
     *
     * @param header an MTS-Dialog {@code section_header} (any case)
     * @return the kinds, most specific first
     * @throws BadInputException (CN-1905) for a header the dataset does not use
     * @since 0.1.0
     */
    public static List<NoteTemplate.ContentKind> kindsFor(String header) {
        return switch (header.strip().toLowerCase(Locale.ROOT)) {
            case "cc" -> List.of(NoteTemplate.ContentKind.CHIEF_COMPLAINT);
            case "genhx" -> List.of(NoteTemplate.ContentKind.PATIENT_REPORT);
            case "fam/sochx", "pastmedicalhx", "pastsurgical", "gynhx", "immunizations", "procedures", "other_history" ->
                    List.of(NoteTemplate.ContentKind.HISTORY);
            case "allergy", "medications" -> List.of(NoteTemplate.ContentKind.MEDICATIONS);
            case "ros" -> List.of(NoteTemplate.ContentKind.REVIEW_OF_SYSTEMS);
            case "exam" -> List.of(NoteTemplate.ContentKind.EXAM);
            case "labs", "imaging" -> List.of(NoteTemplate.ContentKind.RESULTS);
            case "assessment", "diagnosis" -> List.of(NoteTemplate.ContentKind.ASSESSMENT);
            case "plan", "disposition" -> List.of(NoteTemplate.ContentKind.PLAN);
            case "edcourse" -> List.of(NoteTemplate.ContentKind.PLAN, NoteTemplate.ContentKind.PATIENT_REPORT);
            default -> throw new BadInputException("CN-1905", "section_header", 0,
                    "unknown MTS-Dialog section header", "use the unchanged MTS-Dialog files", null);
        };
    }

    /** @return the template the model fills for MTS-Dialog */
    public static NoteTemplate template() {
        return Boolean.getBoolean("clinicalnotes.eval.mtsHp") ? TemplateRegistry.builtIn().get("hp") : sectionTemplate();
    }

    /**
     * The template for a short exchange whose section is given (as in MEDIQA-Chat 2023 task A): one section
     * that takes every content kind, so the model writes the exchange as one section.
     *
     * @return the one-section template
     * @since 0.2.0
     */
    public static NoteTemplate sectionTemplate() {
        StringBuilder kinds = new StringBuilder();
        for (NoteTemplate.ContentKind k : NoteTemplate.ContentKind.values()) {
            kinds.append(kinds.length() == 0 ? "" : ", ").append('"').append(k.name()).append('"');
        }
        return TemplateRegistry.parse("{\"id\": \"section\", \"title\": \"Note section\", \"documentType\": \"11506-3\","
                + " \"sections\": [{\"id\": \"section\", \"title\": \"Section\", \"required\": true, \"accepts\": ["
                + kinds + "], \"guidance\": \"The section the exchange documents.\"}]}", "mts-section");
    }

    /**
     * Loads a split.
     *
     * @param mtsDir the {@code mts-dialog} folder; not null
     * @param split a key of {@link #SPLITS} (case-insensitive; {@code test1} means {@code TestSet-1})
     * @return the split
     * @throws ConfigurationException (CN-1902) for an unknown split
     * @throws BadInputException (CN-1901) when the file is missing or malformed
     * @since 0.1.0
     */
    public static EvalSplit load(Path mtsDir, String split) {
        String name = SPLITS.keySet().stream().filter(k -> k.equalsIgnoreCase(split)).findFirst()
                .orElse(split.equalsIgnoreCase("test1") ? "TestSet-1" : null);
        if (name == null) {
            throw new ConfigurationException("CN-1902", "unknown MTS-Dialog split '" + split + "'; use one of "
                    + String.join(", ", new java.util.TreeSet<>(SPLITS.keySet())));
        }
        Path file = mtsDir.resolve(SPLITS.get(name));
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("CN-1901", file.toString(), 0, "MTS-Dialog file is missing or unreadable",
                    "point --data at the folder that holds mts-dialog/ (default ../shared/data)", null);
        }
        List<EvalCase> cases = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = MAPPER.readerFor(Map.class).with(schema).readValues(r)) {
            int row = 1;
            while (it.hasNext()) {
                row++;
                Map<String, String> m = new LinkedHashMap<>();
                it.next().forEach((k, v) -> m.put(k.replace("\uFEFF", "").strip(), v));
                String header = m.get("section_header");
                String text = m.get("section_text");
                String dialogue = m.get("dialogue");
                if (header == null || text == null || dialogue == null) {
                    throw new BadInputException("CN-1901", file.toString(), row,
                            "a row lacks section_header, section_text or dialogue", "use the unchanged MTS-Dialog files", null);
                }
                String id = m.getOrDefault("ID", String.valueOf(row - 2));
                cases.add(new EvalCase(id, header.strip().toLowerCase(Locale.ROOT), dialogue, text, Map.of(),
                        kindsFor(header)));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException("CN-1901", file.toString(), 0, "cannot be read as CSV ("
                    + e.getClass().getSimpleName() + ")", "use the unchanged MTS-Dialog files", e);
        }
        return new EvalSplit("mts-dialog", name, template(), cases, Map.of(), List.of());
    }
}
