package org.clinicalnotes.semantic.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clinicalnotes.note.RiskFlag;

/**
 * Reads and validates the exemplar bank, {@code org/clinicalnotes/semantic/risk-exemplars.tsv} (its
 * format and rules are in the README beside it).
 */
final class ExemplarBank {

    /** The bank's class-path resource. */
    static final String RESOURCE = "/org/clinicalnotes/semantic/risk-exemplars.tsv";

    /** The exact header line. */
    static final String HEADER = "id\tkind\tlevel\ttext";

    /** The kind column's value for a hard negative. */
    static final String NONE = "NONE";

    private ExemplarBank() {
    }

    /**
     * @return the bundled bank, in file order
     * @throws IllegalStateException when the resource is missing or malformed
     */
    static List<Exemplar> load() {
        try (InputStream in = ExemplarBank.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("exemplar bank not on the class path: " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the exemplar bank " + RESOURCE, e);
        }
    }

    /**
     * Parses a bank.
     *
     * @param in UTF-8 TSV with {@link #HEADER} as its first line; blank lines are skipped
     * @return the exemplars, in file order
     * @throws IllegalStateException with the line number when a line breaks a rule
     */
    static List<Exemplar> parse(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.strip().equals(HEADER)) {
            throw new IllegalStateException("exemplar bank: the first line must be the header '" + HEADER + "'");
        }
        List<Exemplar> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        int lineNo = 1;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            Exemplar e = parseLine(line, lineNo);
            if (!ids.add(e.id())) {
                throw bad(lineNo, "duplicate id " + e.id());
            }
            if (!texts.add(e.text())) {
                throw bad(lineNo, "duplicate text (id " + e.id() + ")");
            }
            out.add(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("exemplar bank is empty");
        }
        EnumSet<RiskFlag.Kind> seen = EnumSet.noneOf(RiskFlag.Kind.class);
        boolean none = false;
        for (Exemplar e : out) {
            if (e.isNone()) {
                none = true;
            } else {
                seen.add(e.kind());
            }
        }
        if (!none) {
            throw new IllegalStateException("exemplar bank has no NONE (hard-negative) exemplar");
        }
        EnumSet<RiskFlag.Kind> missing = EnumSet.complementOf(seen);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("exemplar bank has no exemplar for " + missing);
        }
        return List.copyOf(out);
    }

    private static Exemplar parseLine(String line, int lineNo) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 4) {
            throw bad(lineNo, "expected 4 tab-separated columns, found " + cols.length);
        }
        String id = cols[0].strip();
        String kindName = cols[1].strip();
        String levelName = cols[2].strip();
        String text = cols[3].strip();
        if (id.isEmpty() || !id.matches("[a-z0-9-]+")) {
            throw bad(lineNo, "id must be lower-case letters, digits and '-'");
        }
        RiskFlag.Kind kind = null;
        if (!kindName.equals(NONE)) {
            try {
                kind = RiskFlag.Kind.valueOf(kindName);
            } catch (IllegalArgumentException e) {
                throw bad(lineNo, "unknown kind " + kindName + " (id " + id + ")");
            }
        }
        RiskFlag.CssrsLevel level = null;
        boolean levelled = kind == RiskFlag.Kind.SUICIDAL_IDEATION || kind == RiskFlag.Kind.SUICIDE_ATTEMPT;
        if (levelled) {
            try {
                level = RiskFlag.CssrsLevel.valueOf(levelName);
            } catch (IllegalArgumentException e) {
                throw bad(lineNo, "kind " + kindName + " needs a C-SSRS level, found " + levelName + " (id " + id + ")");
            }
            if ((kind == RiskFlag.Kind.SUICIDE_ATTEMPT) != (level == RiskFlag.CssrsLevel.ATTEMPT)) {
                throw bad(lineNo, "ATTEMPT is the level of SUICIDE_ATTEMPT and of it only (id " + id + ")");
            }
        } else if (!levelName.equals("-")) {
            throw bad(lineNo, "level must be '-' for kind " + kindName + " (id " + id + ")");
        }
        if (text.isEmpty()) {
            throw bad(lineNo, "empty text (id " + id + ")");
        }
        if (!text.equals(text.toLowerCase(Locale.ROOT))) {
            throw bad(lineNo, "text must be lower case (id " + id + ")");
        }
        return new Exemplar(id, kind, level, text);
    }

    private static IllegalStateException bad(int lineNo, String why) {
        return new IllegalStateException("exemplar bank line " + lineNo + ": " + why);
    }
}
