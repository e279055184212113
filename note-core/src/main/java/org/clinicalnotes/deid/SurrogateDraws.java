package org.clinicalnotes.deid;

import java.util.Locale;

/** Random draws for surrogates that must share nothing with the original: letters and number words. */
final class SurrogateDraws {

    private SurrogateDraws() {
    }

    /** A number word of the same kind (ordinal, tens, teens, digit) that is not the original's. */
    static String otherNumberWord(String w, java.util.Random random) {
        Integer o = Spelled.ORDINALS.get(w);
        if (o != null) {
            int n = 2 + random.nextInt(18);
            return Spelled.ordinalWords(n == o ? n + 1 : n);
        }
        Integer ten = Spelled.TENS.get(w);
        if (ten != null) {
            int n = 20 + 10 * random.nextInt(8);
            return Spelled.cardinalWords(n == ten ? (n == 90 ? 20 : n + 10) : n);
        }
        Integer u = Spelled.UNITS.get(w);
        int was = u != null ? u : 0;
        if (was >= 10) {
            int n = 10 + random.nextInt(10);
            return Spelled.cardinalWords(n == was ? (n == 19 ? 11 : n + 1) : n);
        }
        int n = 1 + random.nextInt(9);
        return Spelled.cardinalWords(n == was ? (n == 9 ? 1 : n + 1) : n);
    }

    /**
     * A surrogate letter holds none of the original's letters, so that no letter of a spelled name or code
     * survives: the drawn letter, or, when the original has it, one drawn from the letters it lacks.
     */
    static char otherLetter(char drawn, String original, java.util.Random random) {
        String low = original.toLowerCase(Locale.ROOT);
        if (low.indexOf(drawn) < 0) {
            return drawn;
        }
        StringBuilder pool = new StringBuilder(26);
        for (char c = 'a'; c <= 'z'; c++) {
            if (low.indexOf(c) < 0) {
                pool.append(c);
            }
        }
        return pool.length() == 0 ? drawn : pool.charAt(random.nextInt(pool.length()));
    }
}
