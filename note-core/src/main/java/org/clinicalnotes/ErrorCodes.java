package org.clinicalnotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one registry of the SDK's stable error codes ({@code CN-xxxx}), as HAPI FHIR's {@code Msg}: each
 * code with its category, what happened and what to do. The codes live in the resource
 * {@code org/clinicalnotes/error-codes.tsv}; a test checks that every code used in the code base is
 * listed there exactly once and that the README's error table repeats the registry.
 *
 * <p>A code keeps its meaning for ever. Applications map {@link Category} (or the exception type) to their
 * own outcomes; the command line, for example, maps {@link Category#BAD_INPUT} to exit code 3.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3.0
 */
@PublicApi
public final class ErrorCodes {

    private static final String RESOURCE = "error-codes.tsv";
    private static final String SETTINGS = "error-settings.tsv";
    private static final Map<String, Entry> ENTRIES = load();
    private static final Map<String, String> SETTING = loadSettings();

    private ErrorCodes() {
    }

    /** What kind of failure a code stands for. */
    public enum Category {
        /** {@link BadInputException}: the input cannot be used. */
        BAD_INPUT,
        /** {@link ConfigurationException}: a setting is invalid or not available. */
        CONFIGURATION,
        /** {@link ModelCallException}: a model, speech or FHIR service failed after retries. */
        MODEL_CALL,
        /** {@link ModelAnswerException}: a model answered, but the answer cannot be used. */
        MODEL_ANSWER,
        /** {@link CheckFailedException}: a note check failed in strict mode. */
        CHECK_FAILED,
        /** Recorded in an output row or a list of line problems; not thrown. */
        REPORTED,
        /** A defect in the code or a shipped data file: report it. */
        INTERNAL
    }

    /**
     * One registered code.
     *
     * @param code the code, for example {@code CN-1005}
     * @param category what kind of failure it is
     * @param summary what happened, one line
     * @param action what to do, one line
     */
    public record Entry(String code, Category category, String summary, String action) {
        /** Validates the fields. */
        public Entry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(action, "action");
            if (!code.matches("CN-\\d{4}")) {
                throw new IllegalArgumentException("not a CN-xxxx code: " + code);
            }
        }
    }

    /**
     * Looks a code up.
     *
     * @param code a code such as {@code CN-1005}; not null
     * @return its entry, or empty when the code is not registered
     */
    public static Optional<Entry> find(String code) {
        return Optional.ofNullable(ENTRIES.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * The setting a code's message names, as a machine-readable key: {@code Type.builderMethod} (for example
     * {@code TranscriptReader.maxBytes}, {@code LlmNoteModel.baseUrl}) or a type whose value is the setting
     * ({@code TranscriptFormat}). An application maps the key to its own control (the command line maps it
     * to a flag) instead of reading the message.
     *
     * @param code a code such as {@code CN-1005}; not null
     * @return the setting, or empty when the code's remedy is not a setting
     */
    public static Optional<String> setting(String code) {
        return Optional.ofNullable(SETTING.get(Objects.requireNonNull(code, "code")));
    }

    /** @return every code that names a setting, with its setting, in ascending order of code */
    public static Map<String, String> settings() {
        return SETTING;
    }

    /** @return every registered code, in ascending order */
    public static List<Entry> all() {
        return List.copyOf(ENTRIES.values());
    }

    private static Map<String, String> loadSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String[] f : rows(SETTINGS, 2)) {
            if (!ENTRIES.containsKey(f[0]) || !f[1].matches("[A-Z]\\w*(\\.[a-z]\\w*)?")) {
                throw new IllegalStateException(SETTINGS + ": unregistered code or malformed setting in " + f[0]);
            }
            settings.put(f[0], f[1]);
        }
        return Collections.unmodifiableMap(settings);
    }

    private static List<String[]> rows(String resource, int fields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ErrorCodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != fields) {
                    throw new IllegalStateException(resource + ": expected " + fields
                            + " tab-separated fields in " + f[0]);
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String previous = "";
        for (String[] f : rows(RESOURCE, 4)) {
            Entry e = new Entry(f[0], Category.valueOf(f[1]), f[2], f[3]);
            if (e.code().compareTo(previous) <= 0) {
                throw new IllegalStateException(RESOURCE + ": " + e.code() + " repeats or is out of order");
            }
            previous = e.code();
            entries.put(e.code(), e);
        }
        return Collections.unmodifiableMap(entries);
    }
}
