package org.clinicalnotes.generate;

import java.util.Objects;
import java.util.Optional;
import org.clinicalnotes.note.ConsentRecord;
import org.clinicalnotes.template.NoteTemplate;

/**
 * What to generate for one transcript: which template, strictness and an optional note id.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}; {@link #of(String)} for the common case.
 *
 * @since 0.1.0
 */
public final class NoteRequest {

    private final String templateId;
    private final NoteTemplate template;
    private final boolean strict;
    private final String noteId;
    private final ConsentRecord consent;
    private final java.time.LocalDate sessionDate;

    private NoteRequest(Builder b) {
        this.sessionDate = b.sessionDate;
        this.templateId = b.templateId;
        this.template = b.template;
        this.strict = b.strict;
        this.noteId = b.noteId;
        this.consent = b.consent;
    }

    /**
     * @param templateId a template id known to the generator's registry, for example {@code soap}
     * @return a request for that template
     */
    public static NoteRequest of(String templateId) {
        return builder().template(templateId).build();
    }

    /** @return a builder; the default template is {@code soap} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder with this request's settings */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.templateId = templateId;
        b.template = template;
        b.strict = strict;
        b.noteId = noteId;
        b.consent = consent;
        b.sessionDate = sessionDate;
        return b;
    }

    /** @return the template id to look up, when no template instance was given */
    public String templateId() {
        return template != null ? template.id() : templateId;
    }

    /** @return the template instance, when one was given instead of an id */
    public Optional<NoteTemplate> template() {
        return Optional.ofNullable(template);
    }

    /** @return whether a failed check fails generation */
    public boolean strict() {
        return strict;
    }

    /** @return the note id to use, when the caller fixed one */
    public Optional<String> noteId() {
        return Optional.ofNullable(noteId);
    }

    /**
     * @return the patient's consent to recording and AI drafting, when the caller gave one; the note's
     *     metadata and Provenance record it
     * @since 0.2.0
     */
    public Optional<ConsentRecord> consent() {
        return Optional.ofNullable(consent);
    }

    @Override
    public String toString() {
        return "NoteRequest[template=" + templateId() + ", strict=" + strict + ", consent=" + (consent != null)
                + "]";
    }

    /**
     * The day of the session, when known: measures said to be from "today" are dated with it. Never taken
     * from the clock: without it, such measures stay undated.
     *
     * @return the session date, or empty
     * @since 0.2.0
     */
    public java.util.Optional<java.time.LocalDate> sessionDate() {
        return java.util.Optional.ofNullable(sessionDate);
    }

    /** Builds a {@link NoteRequest}. Not thread-safe. */
    public static final class Builder {
        private String templateId = "soap";
        private NoteTemplate template;
        private boolean strict;
        private String noteId;
        private ConsentRecord consent;
        private java.time.LocalDate sessionDate;

        private Builder() {
        }

        /**
         * @param date the day of the session (from the transcript's metadata or the user); not null
         * @return this builder
         * @since 0.2.0
         */
        public Builder sessionDate(java.time.LocalDate date) {
            this.sessionDate = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * @param id a template id in the generator's registry, or {@code auto} to pick the template from the
         *           kind of visit ({@link org.clinicalnotes.template.VisitKind#detect})
         * @return this builder
         */
        public Builder template(String id) {
            this.templateId = Objects.requireNonNull(id, "id");
            this.template = null;
            return this;
        }

        /**
         * @param t a template instance, used as is
         * @return this builder
         */
        public Builder template(NoteTemplate t) {
            this.template = Objects.requireNonNull(t, "template");
            return this;
        }

        /**
         * @param strict whether a failed check fails generation (CLI exit 5)
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * @param id the note id to use instead of a random UUID (for reproducible output)
         * @return this builder
         */
        public Builder noteId(String id) {
            this.noteId = Objects.requireNonNull(id, "id");
            return this;
        }

        /** @return the request */
        /**
         * @param consent the patient's consent to recording and AI drafting; not null
         * @return this builder
         * @since 0.2.0
         */
        public Builder consent(ConsentRecord consent) {
            this.consent = Objects.requireNonNull(consent, "consent");
            return this;
        }

        public NoteRequest build() {
            return new NoteRequest(this);
        }
    }
}
