/**
 * Stage 3: drafting. The {@link org.clinicalnotes.model.NoteModel} SPI and its
 * {@link org.clinicalnotes.model.NoteModel.Draft} result.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.model;

import org.clinicalnotes.PublicApi;
