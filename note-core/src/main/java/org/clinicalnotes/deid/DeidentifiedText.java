package org.clinicalnotes.deid;

import java.util.List;
import java.util.Objects;

/**
 * One text after {@link SafeHarborDeidentifier#deidentify(String)}. {@link #toString()} prints counts only.
 *
 * @param text the text with surrogates; not null
 * @param spans the identifiers, over the original text, in order; not null
 * @param vault maps the surrogates back; not null
 * @since 0.1.0
 */
public record DeidentifiedText(String text, List<PhiSpan> spans, SafeHarborVault vault) {

    /** Validates and copies. */
    public DeidentifiedText {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        Objects.requireNonNull(vault, "vault");
    }

    @Override
    public String toString() {
        return "DeidentifiedText[length=" + text.length() + ", spans=" + spans.size() + "]";
    }
}
