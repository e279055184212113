package org.clinicalnotes.fhir;

import java.util.Base64;
import org.hl7.fhir.r4.model.Base64BinaryType;

/**
 * An attachment's {@code data} with the JDK's Base64 encoder: the same text as HAPI's (standard alphabet, padded,
 * no line breaks), which it computes with a slower codec once when the bytes are set and again each time the
 * resource is written. Not API.
 */
final class Base64Data extends Base64BinaryType {

    private static final long serialVersionUID = 1L;

    Base64Data(byte[] data) {
        super(data);
    }

    @Override
    protected String encode(byte[] value) {
        return value == null ? null : Base64.getEncoder().encodeToString(value);
    }

    @Override
    public Base64Data copy() {
        return new Base64Data(getValue());
    }
}
