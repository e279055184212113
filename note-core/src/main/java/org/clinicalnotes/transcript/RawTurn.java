package org.clinicalnotes.transcript;

import java.time.Duration;

/** A turn while it is being parsed: a label, growing text and optional times. Not thread-safe. */
final class RawTurn {

    final String label;
    final StringBuilder text = new StringBuilder();
    final Duration start;
    final Duration end;

    RawTurn(String label, String text, Duration start, Duration end) {
        this.label = label;
        this.start = start;
        this.end = end;
        append(text);
    }

    /** Appends a piece of text, separated from what is there by one space. */
    void append(String more) {
        String s = more.strip();
        if (s.isEmpty()) {
            return;
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(s);
    }

    boolean hasText() {
        return text.length() > 0;
    }

    @Override
    public String toString() {
        return "RawTurn[textLength=" + text.length() + "]";
    }
}
