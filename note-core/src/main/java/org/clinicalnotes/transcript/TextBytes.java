package org.clinicalnotes.transcript;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Byte-level checks of a transcript before it is parsed: binary content, UTF-8 decoding with the bad line, size. */
final class TextBytes {

    private static final int CONTROL_SAMPLE = 64 * 1024;

    private TextBytes() {
    }

    static void checkBinary(String source, byte[] b, int from) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            throw ReadErrors.binary(source, "a PDF document");
        }
        for (int i = from; i < b.length; i++) {
            if (b[i] == 0) {
                throw ReadErrors.binary(source, "NUL bytes");
            }
        }
        int end = Math.min(b.length, from + CONTROL_SAMPLE);
        int controls = 0;
        for (int i = from; i < end; i++) {
            if (isControl(b[i] & 0xFF)) {
                controls++;
            }
        }
        if (tooManyControls(controls, end - from)) {
            throw ReadErrors.binary(source, "control characters");
        }
    }

    static void checkBinary(String source, String s) {
        if (s.startsWith("%PDF-")) {
            throw ReadErrors.binary(source, "a PDF document");
        }
        if (s.indexOf('\0') >= 0) {
            throw ReadErrors.binary(source, "NUL characters");
        }
        int end = Math.min(s.length(), CONTROL_SAMPLE);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            if (isControl(s.charAt(i))) {
                controls++;
            }
        }
        if (tooManyControls(controls, end)) {
            throw ReadErrors.binary(source, "control characters");
        }
    }

    /** C0 controls other than tab, line feed, form feed and carriage return, and DEL. */
    static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x0B) || c == 0x7F;
    }

    /** More than 4 control characters and more than 1% of the sample. */
    static boolean tooManyControls(int controls, int sample) {
        return controls > 4 && controls * 100L > sample;
    }

    static String decode(String source, byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = offset; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String why = bad < bytes.length
                    ? String.format(Locale.ROOT, "byte 0x%02X at offset %d", bytes[bad] & 0xFF, bad)
                    : "truncated character at the end";
            throw ReadErrors.notUtf8(source, line, why);
        }
        out.flip();
        return out.toString();
    }

    static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
