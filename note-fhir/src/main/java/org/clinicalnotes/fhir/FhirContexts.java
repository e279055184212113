package org.clinicalnotes.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * The one {@link FhirContext} for FHIR R4 this process uses, created on first use and shared.
 * Creating a context scans the model classes and costs tens of milliseconds and several megabytes,
 * so the SDK never makes a second one; pass this one to your own HAPI code too.
 *
 * <p>Thread-safe: the context is thread-safe once created; parsers are not, so {@link #jsonParser()}
 * returns a new one per call (cheap).
 *
 * @since 0.1.0
 */
public final class FhirContexts {

    private FhirContexts() {
    }

    private static final class Holder {
        static final FhirContext R4 = FhirContext.forR4();
    }

    /** @return the shared R4 context, created on the first call */
    public static FhirContext r4() {
        return Holder.R4;
    }

    /** @return a new pretty-printing JSON parser on the shared context */
    public static IParser jsonParser() {
        return r4().newJsonParser().setPrettyPrint(true);
    }
}
