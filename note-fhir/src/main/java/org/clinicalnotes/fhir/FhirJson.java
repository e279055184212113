package org.clinicalnotes.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;

/**
 * Writes the SDK's own FHIR output (note bundles, the standalone DocumentReference) as pretty-printed JSON, on a
 * second R4 context that belongs to this class and is never handed out.
 *
 * <p>Why a second context: HAPI's JSON encoder walks every resource it writes, once for the bundle and once per
 * entry, looking for references that hold an in-memory resource object without an id, to turn those into
 * contained resources ({@code FhirTerser.containResources}). The SDK's references all point by URL
 * ({@code Patient/…}, {@code urn:uuid:…}), so the walk never changes what the SDK writes, yet it was about a
 * quarter of the bundle's cost. The walk is a setting of the context
 * ({@code ParserOptions.setAutoContainReferenceTargetsWithNoId}); the shared {@link FhirContexts#r4()} is the
 * one users pass to their own HAPI code, so its settings stay HAPI's defaults and this writer has its own.
 *
 * <p>Same bytes in every case: before writing, one walk over the resource (cheaper than HAPI's two) looks for
 * what the containment step would act on: a reference holding a resource object, a local {@code #id}
 * reference, or contained resources. If any is there (a user's extra resource built that way), the shared
 * context writes it, containment and all, exactly as before.
 *
 * <p>Thread-safe: both contexts are; a parser is made per call.
 */
final class FhirJson {

    private FhirJson() {
    }

    private static final class Holder {
        static final FhirContext WRITER = writerContext();

        private static FhirContext writerContext() {
            FhirContext ctx = FhirContext.forR4();
            ctx.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
            return ctx;
        }
    }

    /** @return the writer's own context (for warming its definitions up; never given to users) */
    static FhirContext writerContext() {
        return Holder.WRITER;
    }

    /**
     * @param resource the resource; not null
     * @return its pretty-printed JSON, byte for byte what {@code FhirContexts.jsonParser()} writes
     */
    static String pretty(IBaseResource resource) {
        FhirContext ctx = needsContainment(resource) ? FhirContexts.r4() : Holder.WRITER;
        return ctx.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }

    /**
     * @param resource a resource
     * @return whether HAPI's automatic containment could change how it is written: a reference holding a
     *     resource object, a local reference, or a resource with contained resources, in it or in a bundle entry
     */
    static boolean needsContainment(IBaseResource resource) {
        FhirTerser terser = Holder.WRITER.newTerser();
        if (needsContainment(terser, resource)) {
            return true;
        }
        if (resource instanceof Bundle b) {
            // the terser does not enter entry resources; HAPI's encoder walks each of them on its own
            for (Bundle.BundleEntryComponent e : b.getEntry()) {
                if (e.getResource() != null && needsContainment(terser, e.getResource())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean needsContainment(FhirTerser terser, IBaseResource resource) {
        if (hasContained(resource)) {
            return true;
        }
        List<IBaseReference> refs = terser.getAllPopulatedChildElementsOfType(resource, IBaseReference.class);
        for (IBaseReference r : refs) {
            if (r.getResource() != null) {
                return true;
            }
            String ref = r.getReferenceElement().getValue();
            if (ref != null && ref.startsWith("#")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasContained(IBaseResource r) {
        return r instanceof DomainResource d && d.hasContained();
    }
}
