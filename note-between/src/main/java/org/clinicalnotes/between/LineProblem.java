package org.clinicalnotes.between;

import java.util.Objects;

/**
 * One input line that could not be read; the rest of the file is still read.
 *
 * @param source the file or stream name, never its content; not null
 * @param line the 1-based line number
 * @param code the stable error code ({@code CN-32xx})
 * @param reason what is wrong and what to do, without the line's content
 * @since 0.2.0
 */
public record LineProblem(String source, int line, String code, String reason) {

    /** Validates. */
    public LineProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }

    /** @return {@code source, line N: CODE: reason} */
    public String describe() {
        return source + ", line " + line + ": " + code + ": " + reason;
    }
}
