package org.clinicalnotes.between;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.internal.Tsv;
import org.clinicalnotes.note.RiskFlag;

/**
 * A monologue reading rule of the between-session monitor: warning signs a client describes rather than
 * names (a plan, a goodbye, putting affairs in order, the means, standing at the edge, self-injury as an act,
 * intent to harm someone, current abuse), from {@code warning-signs.tsv}. The conversation screen listens for
 * the words of a disclosure; a journal often holds only the description. A sentence told as history
 * ("used to", "years ago") or negated right before the sign is not read. Immutable and thread-safe.
 */
final class WarningSigns {

    static final WarningSigns DEFAULT = load("warning-signs.tsv");
    private static final Pattern HISTORY = Pattern.compile("\\b(used to|years ago|year ago|when i was|back then|"
            + "months (without|no|clean)|no longer|anymore\\b.{0,20}\\b(proud|glad))\\b");
    private static final Pattern NEGATION = Pattern.compile("\\b(not|never|dont|didnt|wouldnt|wont|no)\\s+(\\w+\\s+){0,2}$");

    record Sign(String category, RiskFlag.Kind kind, Pattern pattern, String[] anchors) {

        /** @return whether the sentence holds one of the strings every match holds (a cheap exact pre-check) */
        boolean anchored(String s) {
            for (String a : anchors) {
                if (s.contains(a)) {
                    return true;
                }
            }
            return anchors.length == 0;
        }
    }

    /** A sign read in a sentence. */
    record Hit(String category, RiskFlag.Kind kind, int sentence) {
    }

    private final List<Sign> signs;

    private WarningSigns(List<Sign> signs) {
        this.signs = List.copyOf(signs);
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("'", "").replace('\u201c', '"')
                .replace('\u201d', '"');
    }

    /** @return the signs in the sentences, at most one per kind (the first) */
    List<Hit> read(List<String> sentences) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String s = normalise(sentences.get(i));
            if (s.contains("used to") || s.contains("ago") || s.contains("when i was") || s.contains("back then")
                    || s.contains("months") || s.contains("anymore") || s.contains("no longer")) {
                if (HISTORY.matcher(s).find()) {
                    continue;
                }
            }
            for (Sign sign : signs) {
                if (out.stream().anyMatch(h -> h.kind() == sign.kind())) {
                    continue;
                }
                if (!sign.anchored(s)) {
                    continue;
                }
                Matcher m = sign.pattern().matcher(s);
                if (m.find() && !NEGATION.matcher(s.substring(0, m.start())).find()) {
                    out.add(new Hit(sign.category(), sign.kind(), i));
                }
            }
        }
        return out;
    }

    static WarningSigns load(String resource) {
        List<Sign> signs = new ArrayList<>();
        for (String[] f : Tsv.rows(WarningSigns.class, resource, 3)) {
            String[] anchors = f.length > 3 && !f[3].isBlank() ? f[3].split(",") : new String[0];
            signs.add(new Sign(f[0], RiskFlag.Kind.valueOf(f[1]), Pattern.compile(f[2]), anchors));
        }
        return new WarningSigns(signs);
    }
}
