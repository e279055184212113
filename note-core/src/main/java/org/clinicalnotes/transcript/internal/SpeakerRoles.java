package org.clinicalnotes.transcript.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.SpeakerRole;

/**
 * The default mapping from a speaker label, as written in a transcript, to a {@link SpeakerRole}.
 *
 * <p>The label is compared case-insensitively after trimming, with spaces and hyphens read as
 * underscores and a trailing number dropped ({@code Doctor_2}, {@code Guest_family 1}):
 * <ul>
 *   <li>CLINICIAN: {@code doctor}, {@code dr}, {@code physician}, {@code clinician}, {@code therapist},
 *       {@code counselor}/{@code counsellor}, {@code psychiatrist}, {@code psychologist}, {@code nurse},
 *       {@code np}, {@code pa}, {@code md}, {@code rn}, {@code provider}, {@code interviewer},
 *       {@code guest_clinician} (and the MTS-Dialog typos {@code guest_clinican}, {@code docotr}); a name
 *       after {@code Dr.}, {@code Doctor} or {@code Nurse} ({@code Dr. Lee}, {@code Doctor Rivera}); a name
 *       followed by {@code MD}, {@code DO}, {@code RN}, {@code NP}, {@code LCSW} or {@code PsyD};</li>
 *   <li>PATIENT: {@code patient}, {@code client}, {@code pt};</li>
 *   <li>OTHER: everything else ({@code patient_guest}, {@code guest_family}, {@code mother},
 *       {@code interpreter}, a person's name, {@code unknown}).</li>
 * </ul>
 * A {@link org.clinicalnotes.transcript.TranscriptReader} consults its {@linkplain org.clinicalnotes.transcript.TranscriptReader.Builder#roleOverride overrides}
 * first and this mapping second.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SpeakerRoles {

    private static final Set<String> CLINICIAN = Set.of("doctor", "dr", "physician", "clinician", "therapist",
            "counselor", "counsellor", "psychiatrist", "psychologist", "nurse", "np", "pa", "md", "rn", "provider",
            "interviewer", "guest_clinician", "guest_clinican", "docotr", "nurse_practitioner",
            "physician_assistant", "attending", "resident");
    private static final Set<String> PATIENT = Set.of("patient", "client", "pt");
    private static final Set<String> CLINICIAN_PREFIX = Set.of("dr", "doctor", "nurse");
    private static final Set<String> CLINICIAN_SUFFIX = Set.of("md", "do", "rn", "np", "lcsw", "psyd");

    private SpeakerRoles() {
    }

    /**
     * Maps a label to a role with the default rules above.
     *
     * @param label the label as written ({@code doctor}, {@code Guest_family}, {@code Dr. Lee}); not null
     * @return the role; OTHER for anything not recognised
     * @throws NullPointerException if {@code label} is null
     * @since 0.1.0
     */
    public static SpeakerRole roleOf(String label) {
        String key = normalize(label);
        if (key.isEmpty()) {
            return SpeakerRole.OTHER;
        }
        if (CLINICIAN.contains(key)) {
            return SpeakerRole.CLINICIAN;
        }
        if (PATIENT.contains(key)) {
            return SpeakerRole.PATIENT;
        }
        String[] words = key.split("_");
        if (words.length >= 2) {
            if (CLINICIAN_PREFIX.contains(words[0]) || CLINICIAN_SUFFIX.contains(words[words.length - 1])) {
                return SpeakerRole.CLINICIAN;
            }
        }
        return SpeakerRole.OTHER;
    }

    /**
     * Builds a speaker from a label with {@link #roleOf(String)}, keeping the label as written (trimmed).
     *
     * @param label the label; not null
     * @return the speaker
     * @throws NullPointerException if {@code label} is null
     * @since 0.1.0
     */
    public static Speaker speakerOf(String label) {
        return Speaker.of(roleOf(label), label);
    }

    /**
     * Lower-cases, turns runs of spaces, hyphens and underscores into one underscore, drops dots and
     * commas and a trailing number: {@code "Dr. Lee"} becomes {@code dr_lee}, {@code Doctor_2} becomes
     * {@code doctor}.
     */
    public static String normalize(String label) {
        Objects.requireNonNull(label, "label");
        String s = label.strip().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '-' || c == '_') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                    sb.append('_');
                }
            } else if (c == '.' || c == ',' || c == '(' || c == ')') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                    sb.append('_');
                }
            } else {
                sb.append(c);
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == '_') {
            end--;
        }
        int digits = end;
        while (digits > 0 && Character.isDigit(sb.charAt(digits - 1))) {
            digits--;
        }
        if (digits > 0 && digits < end) {
            end = digits;
            while (end > 0 && sb.charAt(end - 1) == '_') {
                end--;
            }
        }
        int start = 0;
        while (start < end && sb.charAt(start) == '_') {
            start++;
        }
        return sb.substring(start, end);
    }
}
