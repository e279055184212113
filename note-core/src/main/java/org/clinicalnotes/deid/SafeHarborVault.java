package org.clinicalnotes.deid;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.clinicalnotes.BadInputException;

/**
 * The {@link SurrogateVault} of {@link SafeHarborDeidentifier}: what each surrogate of one request stands for.
 *
 * <p>Re-identification puts originals back where the model wrote a surrogate: whole surrogates first, then
 * single surrogate words (a first name alone, a surname after a possessive, a name the model split or wrote
 * in another case: the original takes the case the model used), then numbers however the model grouped
 * their digits, then dates the model rewrote in another format. {@link #reidentifyChecked(String)} also
 * reports PHI-like spans that no surrogate explains.
 *
 * <p>Thread-safe once built (it is not changed after the request that made it). {@link #toString()} prints
 * sizes only. {@link #export(SecretKey)} writes it encrypted with AES-GCM for asynchronous flows;
 * {@link #restore(byte[], SecretKey)} reads it back.
 *
 * @since 0.1.0
 */
public final class SafeHarborVault implements SurrogateVault {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte FORMAT = 1;

    /** Surrogate span, lower case, to the original span by the case pattern the surrogate was written in. */
    final Map<String, Map<String, String>> exact;
    /** Surrogate word, lower case, to the original word by case pattern ("LOWER" → "julie"). */
    final Map<String, Map<String, String>> words;
    /** Surrogate digits and letters, upper case, without separators, to the original span. */
    final Map<String, String> numbers;
    final Set<LocalDate> originalDates;
    final int dateShift;
    private final PhiScanner scanner;

    SafeHarborVault(Map<String, Map<String, String>> exact, Map<String, Map<String, String>> words,
                    Map<String, String> numbers, Set<LocalDate> originalDates, int dateShift, PhiScanner scanner) {
        this.exact = deepCopy(exact);
        this.words = deepCopy(words);
        this.numbers = Map.copyOf(numbers);
        this.originalDates = Set.copyOf(originalDates);
        this.dateShift = dateShift;
        this.scanner = scanner;
    }

    private static Map<String, Map<String, String>> deepCopy(Map<String, Map<String, String>> in) {
        Map<String, Map<String, String>> w = new HashMap<>();
        in.forEach((k, v) -> w.put(k, Map.copyOf(v)));
        return Map.copyOf(w);
    }

    /** @return the number of surrogates (whole spans) this vault knows */
    public int size() {
        return exact.size();
    }

    @Override
    public String reidentify(String text) {
        return reidentifyChecked(text).text();
    }

    @Override
    public Reidentified reidentifyChecked(String text) {
        Objects.requireNonNull(text, "text");
        List<int[]> ranges = new ArrayList<>();
        List<String> repl = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        // 1. whole surrogates, longest first
        List<String> keys = new ArrayList<>(exact.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        for (String key : keys) {
            int from = 0;
            int at;
            while ((at = lower.indexOf(key, from)) >= 0) {
                int end = at + key.length();
                from = end;
                if (boundary(text, at, end) && free(ranges, at, end)) {
                    add(ranges, repl, at, end, form(exact.get(key), text.substring(at, end)));
                }
            }
        }
        // 2. single words
        List<Tok> toks = Tok.split(text);
        for (Tok k : toks) {
            Map<String, String> forms = words.get(k.low);
            if (forms != null && free(ranges, k.start, k.end)) {
                add(ranges, repl, k.start, k.end, form(forms, text.substring(k.start, k.end)));
            }
        }
        // 3. numbers, whatever the grouping
        if (!numbers.isEmpty()) {
            java.util.regex.Matcher m = NUMBERISH.matcher(text);
            while (m.find()) {
                int end = m.end();
                while (end > m.start() && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                    end--;
                }
                String norm = normalize(text.substring(m.start(), end));
                String orig = numbers.get(norm);
                if (orig == null) {
                    orig = numbers.get(norm.replaceFirst("^[A-Z]+", ""));
                }
                if (orig != null && free(ranges, m.start(), end)) {
                    add(ranges, repl, m.start(), end, orig);
                }
            }
        }
        // 4. dates in another format, and what looks like PHI but is no surrogate
        boolean cased = SafeHarborDeidentifier.isCased(List.of(text));
        Map<PhiCategory, Integer> unexpected = new EnumMap<>(PhiCategory.class);
        for (PhiMatch m : PhiScanner.merge(scanner.scan(text, cased))) {
            if (!free(ranges, m.start(), m.end())) {
                continue;
            }
            if (m.category() == PhiCategory.DATE) {
                String span = text.substring(m.start(), m.end());
                String back = DateShift.shift(span, -dateShift);
                LocalDate d = back == null ? null : DateShift.parse(back);
                if (d != null && (originalDates.contains(d) || originalDates.contains(d.withYear(2001)))) {
                    add(ranges, repl, m.start(), m.end(), back);
                    continue;
                }
            }
            unexpected.merge(m.category(), 1, Integer::sum);
        }
        if (ranges.isEmpty()) {
            return new Reidentified(text, unexpected);
        }
        Integer[] order = new Integer[ranges.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> -ranges.get(i)[0]));
        StringBuilder sb = new StringBuilder(text);
        for (int i : order) {
            sb.replace(ranges.get(i)[0], ranges.get(i)[1], repl.get(i));
        }
        return new Reidentified(sb.toString(), unexpected);
    }

    private static final java.util.regex.Pattern NUMBERISH =
            java.util.regex.Pattern.compile("\\(?[A-Za-z]{0,4}[-#]?\\d[\\dA-Za-z().\\-]*"
                    + "(?:\\s(?=\\(?\\d)[\\dA-Za-z().\\-]*){0,12}");

    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }

    private static String form(Map<String, String> forms, String found) {
        Case c = Case.of(found);
        String exactForm = forms.get(c.name());
        if (exactForm != null) {
            return exactForm;
        }
        String any = forms.values().iterator().next();
        return c == Case.MIXED ? any : c.apply(any);
    }

    private static boolean boundary(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static boolean free(List<int[]> ranges, int start, int end) {
        for (int[] r : ranges) {
            if (start < r[1] && r[0] < end) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<int[]> ranges, List<String> repl, int start, int end, String s) {
        ranges.add(new int[] {start, end});
        repl.add(s);
    }

    // ------------------------------------------------------------------ export

    /**
     * Writes this vault encrypted with AES-GCM (random 96-bit nonce, 128-bit tag) under the caller's key.
     *
     * @param key an AES key (128 or 256 bits) the caller keeps; not null
     * @return nonce and ciphertext
     * @throws IllegalArgumentException when the key cannot be used for AES-GCM
     */
    public byte[] export(SecretKey key) {
        Objects.requireNonNull(key, "key");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", 1);
        m.put("exact", exact);
        m.put("words", words);
        m.put("numbers", numbers);
        m.put("dates", originalDates.stream().map(LocalDate::toString).sorted().toList());
        m.put("shift", dateShift);
        try {
            byte[] plain = JSON.writeValueAsBytes(m);
            byte[] iv = new byte[IV_BYTES];
            new SecureRandom().nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(new byte[] {FORMAT});
            byte[] ct = c.doFinal(plain);
            java.util.Arrays.fill(plain, (byte) 0);
            return ByteBuffer.allocate(1 + IV_BYTES + ct.length).put(FORMAT).put(iv).put(ct).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot encrypt the vault with this key: " + e.getClass().getSimpleName(),
                    e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot serialise the vault", e);
        }
    }

    /**
     * Reads a vault written by {@link #export(SecretKey)}.
     *
     * @param data the exported bytes; not null
     * @param key the key it was exported with; not null
     * @return the vault
     * @throws BadInputException (CN-1602) when the key is wrong or the data damaged
     */
    public static SafeHarborVault restore(byte[] data, SecretKey key) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(key, "key");
        try {
            if (data.length < 1 + IV_BYTES + 16 || data[0] != FORMAT) {
                throw new GeneralSecurityException("format");
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 1, IV_BYTES));
            c.updateAAD(new byte[] {FORMAT});
            byte[] plain = c.doFinal(data, 1 + IV_BYTES, data.length - 1 - IV_BYTES);
            Map<String, Object> m = JSON.readValue(plain, new TypeReference<Map<String, Object>>() { });
            java.util.Arrays.fill(plain, (byte) 0);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, String>> exact = (Map<String, Map<String, String>>) m.get("exact");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, String>> words = (Map<String, Map<String, String>>) m.get("words");
            @SuppressWarnings("unchecked")
            Map<String, String> numbers = (Map<String, String>) m.get("numbers");
            @SuppressWarnings("unchecked")
            List<String> dates = (List<String>) m.get("dates");
            Set<LocalDate> ds = new HashSet<>();
            for (String d : dates) {
                ds.add(LocalDate.parse(d));
            }
            return new SafeHarborVault(exact, words, numbers, ds, ((Number) m.get("shift")).intValue(),
                    new PhiScanner(Lexicon.INSTANCE));
        } catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
            throw new BadInputException("CN-1602", "vault", 0, "cannot decrypt the surrogate vault",
                    "Use the key it was exported with; the data may be damaged.", null);
        }
    }

    @Override
    public String toString() {
        return "SafeHarborVault[surrogates=" + exact.size() + ", words=" + words.size() + "]";
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
