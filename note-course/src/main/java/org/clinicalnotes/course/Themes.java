package org.clinicalnotes.course;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Utterance;

/**
 * Recurring themes, lexically: content-word stems of the client's talk weighted by TF-IDF, the recurring ones
 * (two sessions or more) clustered agglomeratively (average linkage) by how often they occur in the same
 * stretch of talk (a client utterance with the clinician's turn before it); with a {@link SentenceEmbedder},
 * the similarity of two stems also counts the meaning of the sentences that carry them.
 */
final class Themes {

    /** How many recurring stems are clustered at most. */
    static final int MAX_TERMS = 120;
    /** Two clusters merge while their average similarity reaches this. */
    static final double MERGE_AT = 0.18;
    /** A theme shows (and is carried by) at most this many key words. */
    static final int MAX_KEYWORDS = 8;
    /** At most this many themes. */
    static final int MAX_THEMES = 6;
    /** A theme's weight must reach this share of the strongest theme's. */
    static final double MIN_SHARE = 0.12;

    private Themes() {
    }

    private record Utt(int session, Utterance u, boolean client, Set<String> stems) {
    }

    static List<Theme> find(List<CourseSession> sessions, SentenceEmbedder embedder) {
        List<Utt> utts = new ArrayList<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        for (int si = 0; si < sessions.size(); si++) {
            for (Utterance u : sessions.get(si).transcript().utterances()) {
                Set<String> stems = new LinkedHashSet<>();
                for (Words.Token t : Words.content(u.text())) {
                    stems.add(t.stem());
                    surfaces.computeIfAbsent(t.stem(), k -> new HashMap<>()).merge(t.surface(), 1, Integer::sum);
                }
                utts.add(new Utt(si, u, u.role() != SpeakerRole.CLINICIAN, stems));
            }
        }
        // contexts: each client utterance with the clinician's turn just before it
        List<Set<String>> contexts = new ArrayList<>();
        List<Integer> contextUtt = new ArrayList<>();
        Map<String, Integer> count = new HashMap<>();
        Map<String, BitSet> sessionsOf = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        int clientUtts = 0;
        for (int i = 0; i < utts.size(); i++) {
            Utt x = utts.get(i);
            if (!x.client) {
                continue;
            }
            clientUtts++;
            Set<String> ctx = new LinkedHashSet<>(x.stems);
            if (i > 0 && !utts.get(i - 1).client && utts.get(i - 1).session == x.session) {
                ctx.addAll(utts.get(i - 1).stems);
            }
            contexts.add(ctx);
            contextUtt.add(i);
            for (String s : x.stems) {
                count.merge(s, 1, Integer::sum);
                df.merge(s, 1, Integer::sum);
                sessionsOf.computeIfAbsent(s, k -> new BitSet()).set(x.session);
            }
        }
        if (clientUtts == 0) {
            return List.of();
        }
        final int docs = clientUtts;
        Map<String, Double> weight = new HashMap<>();
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() >= 3 && sessionsOf.get(e.getKey()).cardinality() >= 2) {
                weight.put(e.getKey(), e.getValue() * Math.log(1.0 + (double) docs / df.get(e.getKey())));
            }
        }
        List<String> terms = weight.keySet().stream()
                .sorted(Comparator.comparing((String t) -> -weight.get(t)).thenComparing(t -> t))
                .limit(MAX_TERMS).toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        int k = terms.size();
        BitSet[] post = new BitSet[k];
        Map<String, Integer> index = new HashMap<>();
        for (int a = 0; a < k; a++) {
            post[a] = new BitSet();
            index.put(terms.get(a), a);
        }
        for (int c = 0; c < contexts.size(); c++) {
            for (String s : contexts.get(c)) {
                Integer a = index.get(s);
                if (a != null) {
                    post[a].set(c);
                }
            }
        }
        double[][] sim = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                BitSet inter = (BitSet) post[a].clone();
                inter.and(post[b]);
                double v = inter.cardinality() / Math.sqrt((double) post[a].cardinality() * post[b].cardinality());
                sim[a][b] = v;
                sim[b][a] = v;
            }
        }
        if (embedder != null) {
            blendMeaning(sim, terms, utts, contextUtt, post, embedder);
        }
        List<List<Integer>> clusters = Agglomerative.cluster(sim, MERGE_AT);
        List<Theme> themes = new ArrayList<>();
        Map<Theme, Double> score = new HashMap<>();
        for (List<Integer> cl : clusters) {
            List<String> stems = cl.stream().map(terms::get)
                    .sorted(Comparator.comparing((String t) -> -weight.get(t)).thenComparing(t -> t))
                    .limit(MAX_KEYWORDS).toList();
            Set<String> set = Set.copyOf(stems); // the key words shown are exactly the words the cited turns carry
            Map<Integer, List<String>> bySession = new TreeMap<>();
            double[] share = new double[sessions.size()];
            int[] clientCount = new int[sessions.size()];
            int carriers = 0;
            for (Utt x : utts) {
                if (x.client) {
                    clientCount[x.session]++;
                }
                if (x.stems.stream().anyMatch(set::contains)) {
                    bySession.computeIfAbsent(x.session, s -> new ArrayList<>()).add(x.u.id());
                    if (x.client) {
                        share[x.session]++;
                        carriers++;
                    }
                }
            }
            long clientSessions = 0;
            for (int si = 0; si < share.length; si++) {
                if (share[si] > 0) {
                    clientSessions++;
                }
                share[si] = clientCount[si] == 0 ? 0 : share[si] / clientCount[si];
            }
            if (clientSessions < 2 || carriers < 3) {
                continue;
            }
            List<String> keywords = stems.stream().map(s -> surface(surfaces.get(s))).toList();
            List<String> ids = new ArrayList<>();
            List<Evidence> evidence = new ArrayList<>();
            for (Map.Entry<Integer, List<String>> e : bySession.entrySet()) {
                String sid = sessions.get(e.getKey()).id();
                ids.add(sid);
                evidence.add(new Evidence(sid, e.getValue()));
            }
            Theme t = new Theme(String.join(", ", keywords.subList(0, Math.min(3, keywords.size()))), keywords, ids,
                    evidence, ids.get(0), ids.get(ids.size() - 1), trend(share));
            themes.add(t);
            score.put(t, stems.stream().mapToDouble(weight::get).sum());
        }
        themes.sort(Comparator.comparing((Theme t) -> -score.get(t)).thenComparing(Theme::label));
        if (themes.isEmpty()) {
            return List.of();
        }
        double top = score.get(themes.get(0));
        return themes.stream().filter(t -> score.get(t) >= MIN_SHARE * top).limit(MAX_THEMES).toList();
    }

    private static void blendMeaning(double[][] sim, List<String> terms, List<Utt> utts, List<Integer> contextUtt,
                                     BitSet[] post, SentenceEmbedder embedder) {
        // only the contexts that carry a clustered stem enter a centroid: embed those alone, in one call
        BitSet candidates = new BitSet();
        for (BitSet p : post) {
            candidates.or(p);
        }
        List<String> texts = new ArrayList<>();
        for (int c = candidates.nextSetBit(0); c >= 0; c = candidates.nextSetBit(c + 1)) {
            int at = contextUtt.get(c);
            texts.add(utts.get(at).u.text().isBlank() ? "." : utts.get(at).u.text());
        }
        float[][] embedded = texts.isEmpty() ? new float[0][] : embedder.embed(texts);
        float[][] vec = new float[contextUtt.size()][];
        for (int c = candidates.nextSetBit(0), i = 0; c >= 0; c = candidates.nextSetBit(c + 1), i++) {
            vec[c] = embedded[i];
        }
        int dim = embedded.length == 0 ? 0 : embedded[0].length;
        double[][] centroid = new double[terms.size()][dim];
        for (int a = 0; a < terms.size(); a++) {
            for (int c = post[a].nextSetBit(0); c >= 0; c = post[a].nextSetBit(c + 1)) {
                for (int d = 0; d < dim; d++) {
                    centroid[a][d] += vec[c][d];
                }
            }
            double norm = 0;
            for (int d = 0; d < dim; d++) {
                norm += centroid[a][d] * centroid[a][d];
            }
            norm = Math.sqrt(norm);
            for (int d = 0; d < dim && norm > 0; d++) {
                centroid[a][d] /= norm;
            }
        }
        for (int a = 0; a < terms.size(); a++) {
            for (int b = a + 1; b < terms.size(); b++) {
                double cos = 0;
                for (int d = 0; d < dim; d++) {
                    cos += centroid[a][d] * centroid[b][d];
                }
                // meaning alone is a weaker signal than co-occurrence: only very close centroids lift a pair
                double v = Math.max(sim[a][b], 0.5 * sim[a][b] + 0.5 * Math.max(0, (cos - 0.6) / 0.4));
                sim[a][b] = v;
                sim[b][a] = v;
            }
        }
    }

    private static String surface(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .findFirst().map(Map.Entry::getKey).orElse("");
    }

    /** Least-squares slope of the theme's share of client talk, relative to its mean, over the whole course. */
    static Trend trend(double[] share) {
        int n = share.length;
        if (n < 3) {
            return Trend.STEADY;
        }
        double mx = (n - 1) / 2.0;
        double my = 0;
        for (double v : share) {
            my += v;
        }
        my /= n;
        if (my == 0) {
            return Trend.STEADY;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - mx) * (share[i] - my);
            den += (i - mx) * (i - mx);
        }
        double relative = num / den * (n - 1) / my;
        if (relative > 0.5) {
            return Trend.RISING;
        }
        if (relative < -0.5 || n >= 4 && share[n - 1] == 0 && share[n - 2] == 0) {
            return Trend.FADING;
        }
        return Trend.STEADY;
    }

    static Map<String, List<String>> debug(List<Theme> themes) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        themes.forEach(t -> out.put(t.label(), t.sessions()));
        return out;
    }
}
