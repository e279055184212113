package org.clinicalnotes.eval.risk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.transcript.TranscriptReader;

/**
 * Whole ordinary clinic sessions as negative training bags for the learned risk model (property
 * {@code risk.negatives}: comma-separated ACI-Bench CSV files, the TRAIN split only). The blind sets are short
 * excerpts in which nearly every unit is about risk; a full primary-care visit has dozens of units about other things
 * ("okay", a pill count, hydration advice), and a model that never saw one reads some of them as risk. Each session is
 * one bag labelled "no PRESENT of any kind" (dangerous substance use left unlabelled, since visits ask about alcohol
 * and smoking, and every denial head left unlabelled, since visits may hold screening denials). Style {@code asr}, so
 * that no ASR twin is made. The ACI-Bench valid and test splits are never read here: they measure false flags.
 */
final class SessionNegatives {

    /** The group of a session negative: its denial heads are not trained. */
    static final String GROUP = "session_negative";

    private SessionNegatives() {
    }

    /** @return the sessions of the CSV files named by property {@code risk.negatives}, or none */
    static List<Source> sources() {
        String prop = System.getProperty("risk.negatives", "");
        List<Source> out = new ArrayList<>();
        for (String file : prop.split(",")) {
            if (file.isBlank()) {
                continue;
            }
            Path p = Path.of(file.strip());
            List<BlindRiskReport.Case> cases = new ArrayList<>();
            try {
                for (Map.Entry<String, String> e : SessionFlagReport.dialogues(p).entrySet()) {
                    cases.add(new BlindRiskReport.Case(e.getKey(),
                            TranscriptReader.defaults().read(e.getValue(), e.getKey()), Map.of(),
                            List.of(RiskFlag.Kind.DANGEROUS_SUBSTANCE_USE), null, null, GROUP, "asr"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the session negatives", e);
            }
            String name = p.getFileName().toString().replace(".csv", "");
            out.add(new Source("aci-" + name, cases));
        }
        return out;
    }

    /** One file of session negatives: its fold name and its sessions. */
    record Source(String group, List<BlindRiskReport.Case> cases) {
    }
}
