package org.clinicalnotes.model.offline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Transcript;

/**
 * The therapy formats' intervention section: the techniques the clinician used, each with the turn that
 * carried it out, quoted. The one place the offline model calls the session analysis.
 */
final class Interventions {

    private final NoteTemplate template;
    private final Transcript transcript;
    private final String[] normalised;
    private final Casing casing;
    private final List<Candidate> candidates;

    Interventions(NoteTemplate template, Transcript transcript, String[] normalised, Casing casing,
                  List<Candidate> candidates) {
        this.template = template;
        this.transcript = transcript;
        this.normalised = normalised;
        this.casing = casing;
        this.candidates = candidates;
    }

    /**
     * A therapy format with a section for interventions names the techniques the clinician used (found by
     * note-analysis's session analyzer, through {@link org.clinicalnotes.internal.InterventionFinder}), citing the
     * turns that carried them out; the homework itself goes to the plan.
     */
    void add() {
        Optional<NoteTemplate.SectionSpec> section = template.sectionFor(NoteTemplate.ContentKind.INTERVENTION);
        if (section.isEmpty() || section.equals(template.sectionFor(NoteTemplate.ContentKind.PLAN))) {
            return;
        }
        for (var i : org.clinicalnotes.internal.InterventionFinder.findIn(transcript)) {
            if (i.kind().equals("HOMEWORK") || i.evidence().isEmpty()) {
                continue;
            }
            String name = i.kind().toLowerCase(Locale.ROOT).replace('_', ' ').replace("behavioural", "behavioral");
            for (String id : i.evidence()) {
                String said = clinicianStatement(id);
                if (said != null) {
                    candidates.removeIf(c -> c.utteranceId().equals(id) && c.evidence().size() == 1
                            && (c.kind() == NoteTemplate.ContentKind.INTERVENTION || c.kind() == NoteTemplate.ContentKind.PLAN));
                    candidates.add(new Candidate(NoteTemplate.ContentKind.INTERVENTION, Character.toUpperCase(name.charAt(0))
                            + name.substring(1) + ": " + said, List.of(id), id, Double.MAX_VALUE));
                    break;
                }
            }
        }
    }

    /** The first statement-like sentence of a clinician's turn, rewritten, or null. */
    private String clinicianStatement(String id) {
        int at = NoteAssembler.indexOf(transcript, id);
        if (at >= normalised.length) {
            return null;
        }
        for (String raw : TextCleaner.sentences(normalised[at])) {
            String s = TextCleaner.clean(raw);
            if (!s.endsWith("?") && Drafter.contentWords(s) >= 3) {
                // the clinician's own words, quoted: what was done, without a tense or person to guess
                String quote = casing.recase(s.replaceAll("[.!]+$", ""));
                return "\u201c" + Character.toUpperCase(quote.charAt(0)) + quote.substring(1) + ".\u201d";
            }
        }
        return null;
    }
}
