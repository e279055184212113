package org.clinicalnotes.note;

import java.util.Objects;

/**
 * Identifies a note model for provenance (the FHIR Device) and note metadata ({@link NoteMetadata#model()}).
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

    /**
     * The identity a stored {@code name/version} id stands for when nothing else was stored (note.json schema
     * 1): the built-in offline model ({@code offline}, provider {@code clinical-notes}, local); any other name
     * with an empty provider, not local. The name is everything before the last slash.
     *
     * @param id a model id as {@link #id()} writes it; not null
     * @return the identity
     */
    public static ModelInfo fromId(String id) {
        Objects.requireNonNull(id, "id");
        int slash = id.lastIndexOf('/');
        String name = slash > 0 ? id.substring(0, slash) : id;
        String version = slash > 0 && slash < id.length() - 1 ? id.substring(slash + 1) : "";
        boolean offline = name.equals("offline");
        return new ModelInfo(name, version, offline ? "clinical-notes" : "", offline);
    }
}
