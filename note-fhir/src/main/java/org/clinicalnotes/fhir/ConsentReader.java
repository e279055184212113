package org.clinicalnotes.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.note.ConsentRecord;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;

/**
 * Reads the patient's consent from a file: either the SDK's small record
 * ({@code {"id", "date", "scopes": ["RECORDING", "AI_DRAFTING"], "method"}}) or a FHIR R4 {@code Consent}
 * (status active; {@code provision.type} permit; the scopes as {@code provision.action} codes in the system
 * {@value #SCOPE_SYSTEM}; {@code dateTime} the date; the resource id its id).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class ConsentReader {

    /** The code system of the consent scopes in a FHIR Consent's {@code provision.action}. */
    public static final String SCOPE_SYSTEM = "urn:clinicalnotes:consent-scope";
    /** The largest consent file read: 1 MB. */
    public static final long MAX_BYTES = 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConsentReader() {
    }

    /**
     * @param file the consent file; not null
     * @return the consent record
     * @throws BadInputException CN-3311 naming the file and what is missing
     */
    public static ConsentRecord read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw bad(name, "the consent file is larger than 1 MB");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw bad(name, "the consent file does not exist");
        } catch (IOException e) {
            throw bad(name, "the consent file cannot be read as UTF-8 (" + e.getClass().getSimpleName() + ")");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (IOException e) {
            throw bad(name, "not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw bad(name, "must be a JSON object");
        }
        try {
            return "Consent".equals(root.path("resourceType").asText()) ? fhir(text, name) : record(root);
        } catch (IllegalArgumentException | DateTimeParseException | DataFormatException e) {
            throw bad(name, "not a usable consent: " + (e instanceof DataFormatException ? "invalid FHIR Consent"
                    : e.getMessage()));
        }
    }

    private static ConsentRecord record(JsonNode root) {
        Set<ConsentRecord.Scope> scopes = EnumSet.noneOf(ConsentRecord.Scope.class);
        root.path("scopes").forEach(s -> scopes.add(ConsentRecord.Scope.valueOf(s.asText())));
        return new ConsentRecord(root.path("id").asText(), LocalDate.parse(root.path("date").asText()), scopes,
                root.path("method").asText("unspecified"));
    }

    private static ConsentRecord fhir(String text, String name) {
        Consent c = FhirContexts.parseUntrusted(Consent.class, text);
        if (c.getStatus() != Consent.ConsentState.ACTIVE) {
            throw new IllegalArgumentException("its status is not active");
        }
        if (c.getProvision().getType() != Consent.ConsentProvisionType.PERMIT) {
            throw new IllegalArgumentException("its provision.type is not permit");
        }
        if (!c.hasDateTime()) {
            throw new IllegalArgumentException("it has no dateTime");
        }
        Set<ConsentRecord.Scope> scopes = EnumSet.noneOf(ConsentRecord.Scope.class);
        for (CodeableConcept action : c.getProvision().getAction()) {
            for (Coding coding : action.getCoding()) {
                if (SCOPE_SYSTEM.equals(coding.getSystem())) {
                    scopes.add(ConsentRecord.Scope.valueOf(coding.getCode()));
                }
            }
        }
        String id = c.getIdElement().getIdPart();
        if (id == null) {
            throw new IllegalArgumentException("it has no id");
        }
        return new ConsentRecord(id, LocalDate.ofInstant(c.getDateTime().toInstant(), ZoneOffset.UTC), scopes,
                "fhir-consent");
    }

    private static BadInputException bad(String name, String what) {
        return new BadInputException("CN-3311", name, 0, what, "Pass a consent record {\"id\", \"date\", \"scopes\": "
                + "[\"RECORDING\", \"AI_DRAFTING\"], \"method\"} or a FHIR Consent (see the README).", null);
    }
}
