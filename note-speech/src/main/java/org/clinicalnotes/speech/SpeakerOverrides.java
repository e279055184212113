package org.clinicalnotes.speech;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.internal.SpeakerRoles;

/**
 * The caller's mapping from diarized speaker labels to roles, such as {@code 0=clinician,1=patient,2=mother}.
 *
 * <p>Keys are the service's labels ({@code 0}, {@code A}, {@code SPEAKER_01}) or the transcript form
 * {@code speaker_0}; compared case-insensitively. Values are read with {@link SpeakerRoles#roleOf(String)}:
 * {@code clinician}, {@code doctor}, {@code nurse}, … give CLINICIAN (written as {@code clinician}),
 * {@code patient} or {@code client} give PATIENT (written as {@code patient}), anything else ({@code mother},
 * {@code interpreter}, {@code other}) gives OTHER and is kept as the speaker's label. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SpeakerOverrides {

    private static final SpeakerOverrides NONE = new SpeakerOverrides(Map.of());
    private static final Pattern VALUE = Pattern.compile("\\p{L}[\\p{L} ._'-]{0,29}");

    private final Map<String, Entry> entries;

    private SpeakerOverrides(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /**
     * A role and transcript label for one speaker.
     *
     * @param role the role
     * @param label the label written in the transcript
     * @since 0.1.0
     */
    public record Entry(SpeakerRole role, String label) {
        /** Validates. */
        public Entry {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(label, "label");
        }

        /** Prints the role only: the label may be a name. */
        @Override
        public String toString() {
            return "Entry[role=" + role + ", labelLength=" + label.length() + "]";
        }
    }

    /** @return no overrides */
    public static SpeakerOverrides none() {
        return NONE;
    }

    /**
     * Parses {@code "0=clinician,1=patient"}.
     *
     * @param spec comma-separated {@code speaker=role} pairs; not null
     * @return the overrides
     * @throws BadInputException CN-1707 when a pair is malformed, a speaker repeats or a value is not a word
     * @since 0.1.0
     */
    public static SpeakerOverrides parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        Map<String, Entry> map = new LinkedHashMap<>();
        if (spec.isBlank()) {
            return NONE;
        }
        for (String pair : spec.split(",")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? "" : pair.substring(0, eq).strip();
            String value = eq < 0 ? "" : pair.substring(eq + 1).strip();
            if (key.isEmpty() || value.isEmpty() || !VALUE.matcher(value).matches()) {
                throw bad("expected speaker=role pairs such as \"0=clinician,1=patient\"; check each pair");
            }
            if (map.put(normalize(key), entry(value)) != null) {
                throw bad("a speaker is given twice; give each speaker once");
            }
        }
        return new SpeakerOverrides(map);
    }

    /**
     * @param speaker the service label
     * @return the override for that speaker, if any
     * @since 0.1.0
     */
    public Optional<Entry> find(String speaker) {
        Objects.requireNonNull(speaker, "speaker");
        Entry e = entries.get(normalize(speaker));
        if (e == null) {
            e = entries.get(normalize(SpeakerRoleInference.otherLabel(speaker)));
        }
        return Optional.ofNullable(e);
    }

    /** @return whether there are no overrides */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private static Entry entry(String value) {
        SpeakerRole role = SpeakerRoles.roleOf(value);
        return switch (role) {
            case CLINICIAN -> new Entry(role, "clinician");
            case PATIENT -> new Entry(role, "patient");
            case OTHER -> new Entry(role, value.toLowerCase(Locale.ROOT).equals("other") ? "" : value);
        };
    }

    private static String normalize(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }

    private static BadInputException bad(String reason) {
        return SpeechErrors.of(SpeechErrors.BAD_SPEAKERS, "speaker overrides", reason);
    }

    @Override
    public String toString() {
        return "SpeakerOverrides[speakers=" + entries.size() + "]";
    }
}
