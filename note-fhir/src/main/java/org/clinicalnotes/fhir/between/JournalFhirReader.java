package org.clinicalnotes.fhir.between;

import ca.uhn.fhir.parser.DataFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.between.JournalBatch;
import org.clinicalnotes.between.JournalEntry;
import org.clinicalnotes.between.LineProblem;
import org.clinicalnotes.fhir.FhirContexts;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * Reads journal entries from FHIR R4 JSON: a Bundle, one resource, or NDJSON (one resource per line).
 * <ul>
 *   <li>A {@code QuestionnaireResponse} is one entry: {@code subject} the client, {@code authored} the time,
 *       items by {@code linkId}: {@code text} (string), {@code mood}, {@code anxiety} (integer 0-10),
 *       {@code sleepHours} (decimal or integer), and the PHQ-2 and GAD-2 answers by LOINC item code as linkId
 *       or item code ({@code 44250-9}, {@code 44255-8}; {@code 69725-0}, {@code 68509-9}) as integers or LOINC
 *       answer codes LA6568-5, LA6569-3, LA6570-1, LA6571-9 (0-3).</li>
 *   <li>An {@code Observation} coded with the shipped {@code journal-signal} system ({@code self-rated-mood},
 *       {@code self-rated-anxiety}, {@code sleep-hours}) is one entry with that rating; its {@code note} text,
 *       when present, is the entry's text.</li>
 * </ul>
 * A resource that cannot be read (no subject, no time, a value out of range, another resource type) is
 * reported with the file and line (NDJSON) or bundle entry number and never stops the rest. Stateless and
 * thread-safe.
 *
 * @since 0.2.0
 */
public final class JournalFhirReader {

    /** The largest file read, in bytes: a FHIR tree takes several times its size in memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final Map<String, Integer> LA = Map.of("LA6568-5", 0, "LA6569-3", 1, "LA6570-1", 2, "LA6571-9", 3);

    private JournalFhirReader() {
    }

    /**
     * @param file a FHIR JSON or NDJSON file; not null
     * @return the entries and the resources skipped
     * @throws BadInputException CN-3210 when the file cannot be read, CN-3212 when it is not FHIR JSON at all,
     *     CN-3305 when it is larger than {@link #MAX_FILE_BYTES}
     */
    public static JournalBatch read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        String content;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new BadInputException("CN-3305", name, 0, "the journal is larger than "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB", "Split it into several files.", null);
            }
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("CN-3210", name, 0, "file not found", "Check the path.", null);
        } catch (IOException e) {
            throw new BadInputException("CN-3210", name, 0, "cannot read the file (" + e.getClass().getSimpleName()
                    + ")", "Check that the file is readable UTF-8.", null);
        }
        List<JournalEntry> entries = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String trimmed = content.strip();
        boolean ndjson = trimmed.lines().filter(l -> !l.isBlank()).count() > 1 && trimmed.lines()
                .filter(l -> !l.isBlank()).allMatch(l -> l.strip().startsWith("{") && l.strip().endsWith("}"));
        if (ndjson) {
            String[] lines = content.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    one(lines[i], name, i + 1, entries, problems, seen);
                }
            }
        } else {
            IBaseResource r;
            try {
                r = FhirContexts.parseUntrusted(trimmed);
            } catch (DataFormatException e) {
                throw new BadInputException("CN-3212", name, 0, "not a FHIR R4 JSON resource or bundle",
                        "Give a Bundle, one resource, or NDJSON with one resource per line.", null);
            }
            if (r instanceof Bundle b) {
                int i = 0;
                for (Bundle.BundleEntryComponent be : b.getEntry()) {
                    i++;
                    add(be.getResource(), name, i, entries, problems, seen);
                }
            } else {
                add(r, name, 1, entries, problems, seen);
            }
        }
        return new JournalBatch(entries, problems);
    }

    private static void one(String json, String name, int line, List<JournalEntry> entries, List<LineProblem> problems,
                            Set<String> seen) {
        try {
            add(FhirContexts.parseUntrusted(json), name, line, entries, problems, seen);
        } catch (DataFormatException e) {
            problems.add(new LineProblem(name, line, "CN-3201", "not a FHIR R4 JSON resource"));
        }
    }

    private static void add(IBaseResource r, String name, int line, List<JournalEntry> entries,
                            List<LineProblem> problems, Set<String> seen) {
        try {
            JournalEntry e;
            if (r instanceof QuestionnaireResponse qr) {
                e = questionnaire(qr);
            } else if (r instanceof Observation o) {
                e = observation(o);
            } else {
                throw new Bad("CN-3207", "not a QuestionnaireResponse or Observation; skipped");
            }
            if (!seen.add(e.clientId() + "\u0000" + e.id())) {
                throw new Bad("CN-3205", "entry id repeats an earlier resource");
            }
            entries.add(e);
        } catch (Bad b) {
            problems.add(new LineProblem(name, line, b.code, b.getMessage()));
        } catch (IllegalArgumentException ex) {
            problems.add(new LineProblem(name, line, "CN-3204", "a value is out of range: " + ex.getMessage()));
        }
    }

    static JournalEntry questionnaire(QuestionnaireResponse qr) {
        String client = client(qr.getSubject());
        ZonedDateTime time = time(qr.getAuthoredElement());
        String id = id(qr.getIdElement().getIdPart(), time);
        String text = null;
        Integer mood = null;
        Integer anxiety = null;
        Double sleep = null;
        Integer[] phq = new Integer[2];
        Integer[] gad = new Integer[2];
        for (QuestionnaireResponse.QuestionnaireResponseItemComponent item : flatten(qr.getItem())) {
            if (!item.hasAnswer()) {
                continue;
            }
            Type v = item.getAnswerFirstRep().getValue();
            String key = item.getLinkId() == null ? "" : item.getLinkId().replaceFirst("^/", "");
            String code = key;
            switch (key) {
                case "text" -> text = v == null ? null : v.primitiveValue();
                case "mood" -> mood = integer(v);
                case "anxiety" -> anxiety = integer(v);
                case "sleepHours", "sleep" -> sleep = v == null ? null : hours(v.primitiveValue());
                default -> {
                    switch (code) {
                        case "44250-9" -> phq[0] = answer(v);
                        case "44255-8" -> phq[1] = answer(v);
                        case "69725-0" -> gad[0] = answer(v);
                        case "68509-9" -> gad[1] = answer(v);
                        default -> {
                            // an item this reader does not know: ignored
                        }
                    }
                }
            }
        }
        return new JournalEntry(id, client, time, text, mood, anxiety, sleep, pair(phq), pair(gad));
    }

    static JournalEntry observation(Observation o) {
        String client = client(o.getSubject());
        if (!o.hasEffectiveDateTimeType()) {
            throw new Bad("CN-3203", "no effectiveDateTime with a zone");
        }
        ZonedDateTime time = time(o.getEffectiveDateTimeType());
        String id = id(o.getIdElement().getIdPart(), time);
        String text = o.hasNote() ? o.getNoteFirstRep().getText() : null;
        Integer mood = null;
        Integer anxiety = null;
        Double sleep = null;
        for (Coding c : o.getCode().getCoding()) {
            if (!JournalFhirMapper.SYSTEM.equals(c.getSystem())) {
                continue;
            }
            switch (c.getCode() == null ? "" : c.getCode()) {
                case "self-rated-mood" -> mood = integer(o.getValue());
                case "self-rated-anxiety" -> anxiety = integer(o.getValue());
                case "sleep-hours" -> sleep = o.hasValueQuantity() ? hours(o.getValueQuantity().getValueElement()
                        .getValueAsString()) : null;
                default -> {
                    // other codes carry no entry field
                }
            }
        }
        if (mood == null && anxiety == null && sleep == null && text == null) {
            throw new Bad("CN-3207", "an Observation without a journal code or note; skipped");
        }
        return new JournalEntry(id, client, time, text, mood, anxiety, sleep, List.of(), List.of());
    }

    private static List<QuestionnaireResponse.QuestionnaireResponseItemComponent> flatten(
            List<QuestionnaireResponse.QuestionnaireResponseItemComponent> items) {
        List<QuestionnaireResponse.QuestionnaireResponseItemComponent> out = new ArrayList<>();
        for (var i : items) {
            out.add(i);
            out.addAll(flatten(i.getItem()));
        }
        return out;
    }

    private static String client(Reference subject) {
        if (subject == null || !subject.hasReference()) {
            throw new Bad("CN-3202", "no subject: the client is unknown");
        }
        String ref = subject.getReference();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static ZonedDateTime time(BaseDateTimeType dt) {
        if (dt == null || dt.isEmpty() || dt.getTimeZone() == null || dt.getPrecision().ordinal() < 
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.MINUTE.ordinal()) {
            throw new Bad("CN-3203", "no date-time with a zone");
        }
        try {
            return ZonedDateTime.ofInstant(dt.getValue().toInstant(),
                    dt.getTimeZone().toZoneId() == null ? ZoneOffset.UTC : dt.getTimeZone().toZoneId());
        } catch (java.time.DateTimeException e) {
            // an offset outside -18:00..+18:00 (found by fuzzing: "GMT-20:00")
            throw new Bad("CN-3203", "a date-time with an impossible zone offset");
        }
    }

    private static String id(String idPart, ZonedDateTime time) {
        return idPart == null || idPart.isBlank() ? "entry-" + time.toEpochSecond() : idPart;
    }

    /** Sleep hours from a primitive's text: a number, or a typed line problem (null, text, a coding). */
    private static Double hours(String primitive) {
        if (primitive == null) {
            throw new Bad("CN-3204", "sleepHours is not a number");
        }
        double h;
        try {
            h = Double.parseDouble(primitive);
        } catch (NumberFormatException e) {
            throw new Bad("CN-3204", "sleepHours is not a number");
        }
        if (!Double.isFinite(h)) {
            throw new Bad("CN-3204", "sleepHours is not a number");
        }
        return h;
    }

    private static Integer integer(Type v) {
        if (v == null) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(v.primitiveValue() != null ? v.primitiveValue()
                    : ((org.hl7.fhir.r4.model.Quantity) v).getValue().toPlainString()));
        } catch (RuntimeException e) {
            throw new Bad("CN-3204", "a rating is not a number");
        }
    }

    private static Integer answer(Type v) {
        if (v instanceof Coding c && c.getCode() != null && LA.containsKey(c.getCode())) {
            return LA.get(c.getCode());
        }
        return integer(v);
    }

    private static List<Integer> pair(Integer[] a) {
        return a[0] != null && a[1] != null ? List.of(a[0], a[1]) : List.of();
    }

    /** A resource that cannot be read: a code and a reason without content. */
    static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String code;

        Bad(String code, String reason) {
            super(reason, null, false, false);
            this.code = code;
        }
    }
}
