package org.clinicalnotes.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The shared {@link FhirContext} for FHIR R4, created on first use: pass this one to your own HAPI code too.
 * Creating a context scans the model classes and costs tens of milliseconds and several megabytes.
 *
 * <p>Its parser options are HAPI's defaults and the SDK's libraries never change them. The SDK writes its own
 * output (note bundles, the standalone DocumentReference) through one more context, private to it, whose only
 * difference is that HAPI's automatic containment of in-memory reference targets is off (see {@link #warmUp()});
 * the JSON is byte for byte the same. Those two are all the contexts the SDK makes.
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

    /**
     * Loads HAPI's definitions of the resource types a note's FHIR output holds into the SDK's private writing
     * context, so that the first bundle written does not pay for them (tens of milliseconds). Optional: a program
     * that writes FHIR soon after start may call it on a background thread; without it the first write loads them.
     * The private context exists because the SDK's writer turns off HAPI's automatic containment of in-memory
     * reference targets (a walk over every resource written; the SDK's references all point by URL, so the output
     * is the same), and that setting must not change on {@link #r4()}, which users share.
     *
     * <p>Thread-safe; calling it again does nothing more.
     *
     * @since 0.3.0
     */
    public static void warmUp() {
        FhirContext ctx = FhirJson.writerContext();
        for (String type : WRITTEN_TYPES) {
            ctx.getResourceDefinition(type);
        }
    }

    /** The resource types a note's FHIR output can hold. */
    private static final java.util.List<String> WRITTEN_TYPES = java.util.List.of("Bundle", "DocumentReference",
            "Composition", "Observation", "RiskAssessment", "Provenance", "Flag", "Device", "MedicationStatement",
            "Goal", "DetectedIssue", "Condition", "CommunicationRequest", "CarePlan", "Encounter", "Patient",
            "Practitioner", "Consent");

    /** @return a new pretty-printing JSON parser on the shared context */
    public static IParser jsonParser() {
        return r4().newJsonParser().setPrettyPrint(true);
    }

    /**
     * Parses FHIR JSON that comes from outside (a user's file): leniently, as {@link #jsonParser()} does, but
     * logging nothing (HAPI's default handler logs the names and values it cannot read, which may be patient
     * data), and with every failure of HAPI's parser on malformed input as a {@link DataFormatException}
     * (an empty member name, {@code "": …}, makes it throw {@code StringIndexOutOfBoundsException}).
     *
     * @param json the text; not null
     * @return the resource
     * @throws DataFormatException when the text is not a FHIR R4 resource in JSON
     * @since 0.3.0
     */
    public static IBaseResource parseUntrusted(String json) {
        return parseUntrusted(IBaseResource.class, json);
    }

    /**
     * As {@link #parseUntrusted(String)}, for one resource type.
     *
     * @param type the type expected; not null
     * @param json the text; not null
     * @param <T> the type
     * @return the resource
     * @throws DataFormatException when the text is not a FHIR R4 resource of that type in JSON
     * @since 0.3.0
     */
    public static <T extends IBaseResource> T parseUntrusted(Class<T> type, String json) {
        IParser p = r4().newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
        try {
            return type == IBaseResource.class ? type.cast(p.parseResource(json)) : p.parseResource(type, json);
        } catch (DataFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DataFormatException("not a FHIR resource in JSON (" + e.getClass().getSimpleName() + ")");
        }
    }
}
