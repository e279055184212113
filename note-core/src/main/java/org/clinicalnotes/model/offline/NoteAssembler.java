package org.clinicalnotes.model.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * From candidates to the draft: keeps the most note-like within the word budget, places each in the
 * template's section for its kind, applies the clinical voice, joins and de-duplicates.
 */
final class NoteAssembler {

    /**
     * In a therapy session, the clinician's observations, impressions and interventions and the client's
     * response are the note's core: the word budget, whose weights were learnt from medical visits, keeps them.
     */
    private static final Set<NoteTemplate.ContentKind> THERAPY_CORE = java.util.EnumSet.of(NoteTemplate.ContentKind.OBSERVATION,
            NoteTemplate.ContentKind.ASSESSMENT, NoteTemplate.ContentKind.INTERVENTION, NoteTemplate.ContentKind.RESPONSE, NoteTemplate.ContentKind.GOALS,
            NoteTemplate.ContentKind.RESULTS);

    private final OfflineNoteModel.Options options;
    private final NoteTemplate template;
    private final Transcript transcript;
    private final boolean therapy;
    private final boolean dictation;
    private final List<Candidate> candidates;

    NoteAssembler(OfflineNoteModel.Options options, NoteTemplate template, Transcript transcript, boolean therapy,
                  boolean dictation, List<Candidate> candidates) {
        this.options = options;
        this.template = template;
        this.transcript = transcript;
        this.therapy = therapy;
        this.dictation = dictation;
        this.candidates = candidates;
    }

    /** Keeps the most note-like candidates within the word budget, in transcript order. */
    private List<Candidate> select() {
        int budget = options.maxWords();
        if (budget <= 0) {
            return candidates;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            int c = Double.compare(candidates.get(b).relevance(), candidates.get(a).relevance());
            return c != 0 ? c : Integer.compare(a, b);
        });
        boolean[] keep = new boolean[candidates.size()];
        int used = 0;
        for (int i : order) {
            Candidate c = candidates.get(i);
            int w = TextCleaner.words(c.text().toLowerCase(Locale.ROOT)).size();
            boolean always = c.relevance() == Double.MAX_VALUE || c.kind() == NoteTemplate.ContentKind.RISK
                    || therapy && THERAPY_CORE.contains(c.kind()) || Measurements.pins(c.kind(), c.text());
            if (always || used + w <= budget) {
                keep[i] = true;
                used += w;
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (keep[i]) {
                out.add(candidates.get(i));
            }
        }
        return out;
    }

    NoteModel.Draft assemble() {
        Map<String, List<Candidate>> bySection = new LinkedHashMap<>();
        for (NoteTemplate.SectionSpec spec : template.sections()) {
            bySection.put(spec.id(), new ArrayList<>());
        }
        for (Candidate c : select()) {
            NoteTemplate.SectionSpec spec = place(c.kind());
            if (spec != null) {
                bySection.get(spec.id()).add(c);
            }
        }
        List<NoteSection> sections = new ArrayList<>();
        for (NoteTemplate.SectionSpec spec : template.sections()) {
            sections.add(new NoteSection(spec.id(), spec.title(), spec.loincCode(), merge(bySection.get(spec.id()))));
        }
        return new NoteModel.Draft(sections);
    }

    private NoteTemplate.SectionSpec place(NoteTemplate.ContentKind kind) {
        Optional<NoteTemplate.SectionSpec> direct = template.sectionFor(kind);
        if (direct.isPresent()) {
            return direct.get();
        }
        for (NoteTemplate.ContentKind k : List.of(NoteTemplate.ContentKind.PATIENT_REPORT, NoteTemplate.ContentKind.ASSESSMENT, NoteTemplate.ContentKind.PLAN)) {
            Optional<NoteTemplate.SectionSpec> s = template.sectionFor(k);
            if (s.isPresent()) {
                return s.get();
            }
        }
        return template.sections().isEmpty() ? null : template.sections().get(0);
    }

    /** Joins sentences of the same utterance and kind, drops near-duplicates (merging their evidence). */
    private List<NoteStatement> merge(List<Candidate> list) {
        List<String> texts = new ArrayList<>();
        List<Set<String>> evidence = new ArrayList<>();
        List<Set<String>> tokens = new ArrayList<>();
        String lastUtterance = null;
        NoteTemplate.ContentKind lastKind = null;
        for (Candidate given : list) {
            Candidate c = new Candidate(given.kind(), ClinicalVoice.apply(given.text(), isClinician(given.utteranceId())),
                    given.evidence(), given.utteranceId(), given.relevance());
            Set<String> tok = new HashSet<>(TextCleaner.words(c.text().toLowerCase(Locale.ROOT)));
            int dup = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (jaccard(tok, tokens.get(i)) >= 0.75 || tokens.get(i).containsAll(tok)) {
                    dup = i;
                    break;
                }
            }
            if (dup >= 0) {
                evidence.get(dup).addAll(c.evidence());
                continue;
            }
            if (options.joinSentences() && !dictation && c.utteranceId().equals(lastUtterance) && c.kind() == lastKind
                    && !texts.isEmpty() && c.evidence().size() == 1) {
                int last = texts.size() - 1;
                texts.set(last, texts.get(last) + " " + c.text());
                tokens.get(last).addAll(tok);
                evidence.get(last).addAll(c.evidence());
            } else {
                texts.add(c.text());
                tokens.add(tok);
                evidence.add(new LinkedHashSet<>(c.evidence()));
            }
            lastUtterance = c.utteranceId();
            lastKind = c.kind();
        }
        List<NoteStatement> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(NoteStatement.of(texts.get(i), sortIds(evidence.get(i))));
        }
        return out;
    }

    private boolean isClinician(String utteranceId) {
        int i = indexOf(utteranceId);
        return i < transcript.utterances().size() && transcript.utterances().get(i).role() == SpeakerRole.CLINICIAN;
    }

    private List<String> sortIds(Set<String> ids) {
        TreeSet<String> sorted = new TreeSet<>((a, b) -> {
            int ia = indexOf(a);
            int ib = indexOf(b);
            return ia != ib ? Integer.compare(ia, ib) : a.compareTo(b);
        });
        sorted.addAll(ids);
        return List.copyOf(sorted);
    }

    private int indexOf(String id) {
        return indexOf(transcript, id);
    }

    /** The position of utterance {@code id} in the transcript, or {@link Integer#MAX_VALUE}. */
    static int indexOf(Transcript transcript, String id) {
        List<Utterance> us = transcript.utterances();
        for (int i = 0; i < us.size(); i++) {
            if (us.get(i).id().equals(id)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int inter = 0;
        for (String x : a) {
            if (b.contains(x)) {
                inter++;
            }
        }
        return (double) inter / (a.size() + b.size() - inter);
    }
}
