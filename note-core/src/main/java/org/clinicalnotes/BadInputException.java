package org.clinicalnotes;

import java.util.Optional;

/**
 * The input the caller gave cannot be used: empty, binary, not UTF-8, too large, no speaker turns,
 * malformed JSON or template, a path that does not exist or an output that cannot be written.
 *
 * <p>The message names the source (a file name, never its content), the line where there is one,
 * and what to do.
 *
 * @since 0.1.0
 */
public class BadInputException extends ClinicalNotesException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    /**
     * @param code stable code
     * @param source name of the file or stream, not its content; may be null
     * @param line 1-based line number, or 0 when the problem has no line
     * @param reason what is wrong, without PHI
     * @param hint what the user should do, may be null
     * @param cause the cause, may be null
     */
    public BadInputException(String code, String source, int line, String reason, String hint, Throwable cause) {
        super(code, format(source, line, reason, hint), cause);
        this.source = source;
        this.line = line;
    }

    /** Shorthand without a line or cause. */
    public BadInputException(String code, String source, String reason, String hint) {
        this(code, source, 0, reason, hint, null);
    }

    private static String format(String source, int line, String reason, String hint) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (line > 0) {
                sb.append(", line ").append(line);
            }
            sb.append(": ");
        }
        sb.append(reason);
        if (hint != null && !hint.isBlank()) {
            sb.append(System.lineSeparator()).append(hint);
        }
        return sb.toString();
    }

    /** @return the file or stream name, when known */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** @return the 1-based line number, or 0 when the problem has no line */
    public int line() {
        return line;
    }
}
