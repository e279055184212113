package org.clinicalnotes.fhir;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;

/**
 * HAPI's FhirInstanceValidator against the R4 base specification, with R4's v3-ObservationValue
 * extended by AIAST and DICTAST placed first in the chain (see DESIGN.md). Built once per test JVM.
 */
public final class R4Validation {

    private static final FhirValidator VALIDATOR = create();

    private R4Validation() {
    }

    private static FhirValidator create() {
        var ctx = FhirContexts.r4();
        DefaultProfileValidationSupport base = new DefaultProfileValidationSupport(ctx);
        CodeSystem v3 = (CodeSystem) base.fetchCodeSystem(Codes.V3_OBSERVATION_VALUE);
        if (v3 == null) {
            throw new IllegalStateException("R4 v3-ObservationValue missing from the validation resources");
        }
        CodeSystem extended = v3.copy();
        extended.addConcept().setCode("AIAST").setDisplay("Artificial Intelligence asserted")
                .setDefinition("Security provenance metadata: the information was asserted by an AI system.");
        extended.addConcept().setCode("DICTAST").setDisplay("Dictation asserted")
                .setDefinition("Security provenance metadata: the information was asserted by dictation.");
        PrePopulatedValidationSupport ai = new PrePopulatedValidationSupport(ctx);
        ai.addCodeSystem(extended);
        ai.addCodeSystem(org.clinicalnotes.fhir.analysis.SessionMetricsFhirMapper.codeSystem());
        ValidationSupportChain chain = new ValidationSupportChain(ai, base,
                new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx));
        FhirValidator v = ctx.newValidator();
        v.registerValidatorModule(new FhirInstanceValidator(chain));
        return v;
    }

    public static ValidationResult validate(IBaseResource resource) {
        synchronized (VALIDATOR) {
            return VALIDATOR.validateWithResult(resource);
        }
    }

    public static List<SingleValidationMessage> errors(IBaseResource resource) {
        return validate(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
    }

    public static String describe(List<SingleValidationMessage> messages) {
        StringBuilder sb = new StringBuilder();
        for (SingleValidationMessage m : messages) {
            sb.append(m.getSeverity()).append(' ').append(m.getLocationString()).append(": ").append(m.getMessage())
                    .append('\n');
        }
        return sb.toString();
    }
}
