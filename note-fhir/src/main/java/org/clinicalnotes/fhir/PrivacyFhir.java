package org.clinicalnotes.fhir;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clinicalnotes.note.ConsentRecord;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.note.SensitivityLabel;
import org.clinicalnotes.note.SensitivityLabel.Category;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Consent and sensitivity labels on the note's resources, as the HL7 Data Segmentation for Privacy guide
 * labels them: {@code meta.security} gets the confidentiality code (R, restricted, when any sensitive
 * content was found; N, normal, otherwise) and one v3 ActCode per category (PSY, ETH, SDV, HIV), plus
 * the privacy law 42CFRPart2 for substance use. The consent the note relies on is referenced from
 * {@code DocumentReference.context.related}, a Provenance entity (role source) and a Provenance policy.
 */
final class PrivacyFhir {

    static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    /** Prefix of the {@code Provenance.policy} URI that records the consent the note relies on. */
    static final String CONSENT_POLICY = "urn:clinicalnotes:consent:";

    private PrivacyFhir() {
    }

    /** @return the security codings for the note's labels: confidentiality first, then sensitivity codes */
    static List<Coding> securityLabels(NoteMetadata m) {
        Set<Category> cats = EnumSet.noneOf(Category.class);
        m.labels().stream().map(SensitivityLabel::category).forEach(cats::add);
        List<Coding> out = new java.util.ArrayList<>();
        out.add(cats.isEmpty() ? new Coding(CONFIDENTIALITY, "N", "normal")
                : new Coding(CONFIDENTIALITY, "R", "restricted"));
        for (Category c : cats) {
            switch (c) {
                case PSYCHOTHERAPY -> out.add(new Coding(ACT_CODE, "PSY", "psychiatry information sensitivity"));
                case SUBSTANCE_USE -> {
                    out.add(new Coding(ACT_CODE, "ETH", "substance abuse information sensitivity"));
                    out.add(new Coding(ACT_CODE, "42CFRPart2", "42 CFR Part2"));
                }
                case SEXUAL_DOMESTIC_VIOLENCE -> out.add(new Coding(ACT_CODE, "SDV",
                        "sexual assault, abuse, or domestic violence information sensitivity"));
                case HIV -> out.add(new Coding(ACT_CODE, "HIV", "HIV/AIDS information sensitivity"));
                default -> throw new IllegalStateException("unmapped category " + c);
            }
        }
        return out;
    }

    /** Adds the labels to a resource's {@code meta.security}, skipping codes it already has. */
    static void label(Resource r, List<Coding> labels) {
        for (Coding c : labels) {
            boolean present = r.getMeta().getSecurity().stream()
                    .anyMatch(s -> c.getSystem().equals(s.getSystem()) && c.getCode().equals(s.getCode()));
            if (!present) {
                r.getMeta().addSecurity(c.copy());
            }
        }
    }

    /** @return whether a coding is one of this class's labels (copied onto the bundle's other resources) */
    static boolean isPrivacyLabel(Coding c) {
        return CONFIDENTIALITY.equals(c.getSystem()) || ACT_CODE.equals(c.getSystem());
    }

    static void apply(NoteMetadata m, DocumentReference doc, Provenance prov) {
        label(doc, securityLabels(m));
        ConsentRecord consent = m.consent();
        if (consent != null) {
            Reference ref = new Reference("Consent/" + consent.id()).setType("Consent");
            doc.getContext().addRelated(ref.copy());
            prov.addEntity().setRole(Provenance.ProvenanceEntityRole.SOURCE).setWhat(ref.copy());
            prov.addPolicy(CONSENT_POLICY + consent.id());
        }
    }
}
