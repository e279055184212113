package org.clinicalnotes.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.deid.Deidentifier;
import org.clinicalnotes.deid.Redaction;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * TEST ONLY: replaces the known PHI strings of {@link Fixtures#TRANSCRIPT} with fixed surrogates.
 * Stands in for the real de-identifier (issue 5) so that these tests exercise the SPI.
 */
final class TestDeidentifier implements Deidentifier {

    /** Original → surrogate. */
    static final Map<String, String> SURROGATES = new LinkedHashMap<>();

    static {
        SURROGATES.put("Johnathan Quimby", "Alex Doe");
        SURROGATES.put("Quimby", "Doe");
        SURROGATES.put("03/14/1962", "01/01/1960");
        SURROGATES.put("555-867-5309", "555-000-0000");
        SURROGATES.put("MRN 4471093", "MRN 0000001");
        SURROGATES.put("Shelbyville", "Townsville");
    }

    @Override
    public Redaction redact(Transcript transcript) {
        List<Utterance> out = new ArrayList<>();
        for (Utterance u : transcript.utterances()) {
            String t = u.text();
            for (Map.Entry<String, String> e : SURROGATES.entrySet()) {
                t = t.replace(e.getKey(), e.getValue());
            }
            out.add(new Utterance(u.id(), u.speaker(), t, u.start(), u.end()));
        }
        return new Redaction(new Transcript(out, transcript.source()), text -> {
            String r = text;
            for (Map.Entry<String, String> e : SURROGATES.entrySet()) {
                r = r.replace(e.getValue(), e.getKey());
            }
            return r;
        });
    }

    @Override
    public String policyName() {
        return "test-surrogates";
    }
}
