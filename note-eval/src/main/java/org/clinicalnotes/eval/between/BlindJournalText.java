package org.clinicalnotes.eval.between;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One journal text written blind, with the writer's labels.
 *
 * @param id the case id
 * @param text the text
 * @param label calm, low, anxious, panicky, angry, hopeful or risk
 * @param distress the writer's distress 0-3
 * @param anxiety the writer's anxiety 0-3
 * @param style plain, texting or asr
 * @since 0.2.0
 */
public record BlindJournalText(String id, String text, String label, int distress, int anxiety, String style) {

    /** The development set (tuning allowed). */
    public static final String DEV = "/journal-blind/journal-dev.jsonl";
    /** The frozen test set (scored once). */
    public static final String TEST = "/journal-blind/journal-test.jsonl";
    /** The second frozen test set, written by another blind writer (scored once per change meant to improve it). */
    public static final String TEST_2 = "/journal-blind/journal-test-2.jsonl";
    /** The third frozen test set, written by a third blind writer (committed before any score). */
    public static final String TEST_3 = "/journal-blind/journal-test-3.jsonl";
    /** The fourth frozen test set, written by a fourth blind writer (committed before any score). */
    public static final String TEST_4 = "/journal-blind/journal-test-4.jsonl";

    /**
     * @param resource a class-path resource such as {@link #DEV}
     * @return its texts, in file order
     */
    public static List<BlindJournalText> load(String resource) {
        ObjectMapper json = new ObjectMapper();
        List<BlindJournalText> out = new ArrayList<>();
        try (InputStream in = BlindJournalText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = json.readTree(line);
                out.add(new BlindJournalText(o.get("id").asText(), o.get("text").asText(), o.get("label").asText(),
                        o.get("distress").asInt(), o.get("anxiety").asInt(), o.get("style").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** @return whether the writer labelled it a risk */
    public boolean risk() {
        return label.equals("risk");
    }
}
