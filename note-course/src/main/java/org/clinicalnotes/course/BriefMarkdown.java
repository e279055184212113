package org.clinicalnotes.course;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code brief.md}: the brief as Markdown, a heading per section, every line ending with its citations in
 * brackets ({@code [06-2026-04-06: u7, u8]}). Thread-safe.
 *
 * @since 0.3.0
 */
public final class BriefMarkdown {

    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("risk", "Risk");
        TITLES.put("since-last-session", "Since the last session");
        TITLES.put("measures", "Measures");
        TITLES.put("homework", "Homework");
        TITLES.put("themes", "Recurring themes");
        TITLES.put("questions", "Questions to consider");
    }

    private BriefMarkdown() {
    }

    /**
     * @param brief the brief; not null
     * @return its Markdown
     */
    public static String write(Brief brief) {
        Course c = brief.course();
        StringBuilder sb = new StringBuilder();
        sb.append("# Pre-session brief (draft for the clinician)\n\n");
        sb.append(c.history().sessions().size()).append(" sessions, ").append(c.history().sessions().get(0).id())
                .append(" to ").append(c.history().latest().id()).append("; ").append(c.history().journal().size())
                .append(" journal entries. Every line cites its evidence as [session: utterance ids].\n");
        for (Map.Entry<String, String> section : TITLES.entrySet()) {
            boolean any = false;
            for (BriefLine l : brief.lines()) {
                if (!l.section().equals(section.getKey())) {
                    continue;
                }
                if (!any) {
                    sb.append("\n## ").append(section.getValue()).append("\n\n");
                    any = true;
                }
                sb.append("- ").append(l.text()).append(' ').append(cite(l)).append('\n');
            }
        }
        return sb.toString();
    }

    static String cite(BriefLine l) {
        return l.evidence().stream()
                .map(e -> "[" + e.session() + (e.ids().isEmpty() ? "" : ": " + String.join(", ", e.ids())) + "]")
                .collect(Collectors.joining(" "));
    }
}
