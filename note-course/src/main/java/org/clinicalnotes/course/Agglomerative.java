package org.clinicalnotes.course;

import java.util.ArrayList;
import java.util.List;

/** Average-linkage agglomerative clustering over a similarity matrix, merging while the best pair reaches a threshold. */
final class Agglomerative {

    private Agglomerative() {
    }

    static List<List<Integer>> cluster(double[][] sim, double threshold) {
        int n = sim.length;
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> c = new ArrayList<>();
            c.add(i);
            clusters.add(c);
        }
        // cluster-to-cluster sum of similarities, kept up to date on merge (Lance-Williams for average linkage)
        double[][] sum = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(sim[i], 0, sum[i], 0, n);
        }
        boolean[] alive = new boolean[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            alive[i] = true;
            size[i] = 1;
        }
        while (true) {
            int ba = -1;
            int bb = -1;
            double best = threshold;
            for (int a = 0; a < n; a++) {
                if (!alive[a]) {
                    continue;
                }
                for (int b = a + 1; b < n; b++) {
                    if (!alive[b]) {
                        continue;
                    }
                    double avg = sum[a][b] / ((double) size[a] * size[b]);
                    if (avg >= best && (ba < 0 || avg > best)) {
                        best = avg;
                        ba = a;
                        bb = b;
                    }
                }
            }
            if (ba < 0) {
                break;
            }
            clusters.get(ba).addAll(clusters.get(bb));
            clusters.set(bb, null);
            alive[bb] = false;
            size[ba] += size[bb];
            for (int c = 0; c < n; c++) {
                if (alive[c] && c != ba) {
                    sum[ba][c] += sum[bb][c];
                    sum[c][ba] = sum[ba][c];
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                out.add(List.copyOf(clusters.get(i)));
            }
        }
        return out;
    }
}
