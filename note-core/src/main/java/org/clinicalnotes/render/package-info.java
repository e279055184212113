/**
 * Output for storage and people: {@link org.clinicalnotes.render.NoteJson} ({@code note.json}, read and
 * write) and {@link org.clinicalnotes.render.NoteMarkdown} ({@code note.md}).
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.render;

import org.clinicalnotes.PublicApi;
