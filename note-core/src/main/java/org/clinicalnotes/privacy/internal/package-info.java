/**
 * Not API: the sensitivity labeler that {@link org.clinicalnotes.generate.NoteGenerator} runs on every note
 * (its labels are public, in {@link org.clinicalnotes.note.NoteMetadata#labels()}). May change without notice.
 */
@InternalApi
package org.clinicalnotes.privacy.internal;

import org.clinicalnotes.InternalApi;
