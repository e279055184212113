/**
 * The offline default note model, {@link org.clinicalnotes.model.offline.OfflineNoteModel}: sentence
 * selection, cue-based classification into template sections and speaker-aware rewriting into clinical
 * third person, with no network and no model weights. Everything but {@code OfflineNoteModel} and its
 * builder is package-private.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.model.offline;

import org.clinicalnotes.PublicApi;
