package org.clinicalnotes.between;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The coping exercises a HIGH alert may suggest, and how one is chosen: an exercise for the signal that
 * spiked, then the one whose cues the entry's words match best, then the client's plan (a preferred
 * exercise wins ties and adds weight; an avoided one is never chosen). Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class CopingLibrary {

    private static final CopingLibrary SHIPPED = load();

    private final List<CopingExercise> exercises;

    private CopingLibrary(List<CopingExercise> exercises) {
        this.exercises = List.copyOf(exercises);
    }

    /** @return the shipped library */
    public static CopingLibrary shipped() {
        return SHIPPED;
    }

    /**
     * @param exercises the exercises, in preference order; not empty
     * @return a library of them
     */
    public static CopingLibrary of(List<CopingExercise> exercises) {
        if (exercises.isEmpty()) {
            throw new IllegalArgumentException("a coping library needs at least one exercise");
        }
        return new CopingLibrary(exercises);
    }

    /** @return the exercises, in library order */
    public List<CopingExercise> exercises() {
        return exercises;
    }

    /**
     * Chooses an exercise for a spike.
     *
     * @param signal {@code anxiety} or {@code distress}
     * @param text the entry's text, or null
     * @param plan the client's plan; not null
     * @return the exercise and why, when one fits
     */
    public Optional<Suggestion> choose(String signal, String text, ClientPlan plan) {
        Objects.requireNonNull(plan, "plan");
        String lower = text == null ? "" : " " + text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("'", "");
        CopingExercise best = null;
        double bestScore = -1;
        List<String> bestCues = List.of();
        for (CopingExercise e : exercises) {
            if (plan.avoid().contains(e.id())) {
                continue;
            }
            double score = e.target().equals(signal) ? 2 : e.target().equals("both") ? 1.5 : 0;
            List<String> hit = new ArrayList<>();
            for (String c : e.cues()) {
                int at = lower.indexOf(" " + c);
                if (at >= 0) {
                    int end = at + 1 + c.length();
                    while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
                        end++;
                    }
                    String word = lower.substring(at + 1, end);
                    if (!hit.contains(word)) {
                        hit.add(word);
                    }
                }
            }
            score += Math.min(3, hit.size());
            int pref = plan.preferred().indexOf(e.id());
            if (pref >= 0) {
                score += 2.5 - 0.1 * pref;
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
                bestCues = hit;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        StringBuilder why = new StringBuilder(signal).append(" spike");
        if (!bestCues.isEmpty()) {
            why.append("; the entry speaks of ").append(String.join(", ", bestCues));
        }
        if (plan.preferred().contains(best.id())) {
            why.append("; in the client's plan");
        }
        return Optional.of(new Suggestion(best.id(), best.title(), best.instructions(), why.toString(),
                Suggestion.Status.DRAFT, null, null));
    }

    private static CopingLibrary load() {
        List<CopingExercise> out = new ArrayList<>();
        try (InputStream in = CopingLibrary.class.getResourceAsStream("coping.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource coping.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new CopingExercise(f[0], f[1], f[2],
                        Arrays.stream(f[3].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(), f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CopingLibrary(out);
    }
}
