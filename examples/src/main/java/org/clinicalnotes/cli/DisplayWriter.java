package org.clinicalnotes.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.clinicalnotes.internal.DisplayText;

/**
 * Everything the command line prints passes through here: control and bidirectional formatting characters
 * (from a transcript, a template, a file name) become visible {@code \}{@code uXXXX} escapes, carriage
 * returns stay (progress lines). Printed JSON still parses to the same values.
 */
final class DisplayWriter extends FilterWriter {

    DisplayWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        write(new String(cbuf, off, len));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.write(DisplayText.escape(str.substring(off, off + len), true));
    }

    @Override
    public void write(String str) throws IOException {
        write(str, 0, str.length());
    }
}
