package org.clinicalnotes.model;

import java.util.Objects;

/**
 * Identifies a note model for provenance (the FHIR Device) and note metadata.
 *
 * @param name the model's name, for example {@code offline} or {@code gpt-4o}; not blank
 * @param version the model's version; not null
 * @param provider who provides it, for example {@code clinical-notes} or {@code OpenAI}; not null
 * @param local whether the model runs inside this process (true) or sends text elsewhere (false)
 * @since 0.1.0
 */
public record ModelInfo(String name, String version, String provider, boolean local) {

    /** Validates. */
    public ModelInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(provider, "provider");
    }

    /** @return {@code name/version} */
    public String id() {
        return name + "/" + version;
    }
}
