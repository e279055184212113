/**
 * Note layouts: {@link org.clinicalnotes.template.NoteTemplate} (SPI), its
 * {@link org.clinicalnotes.template.NoteTemplate.SectionSpec}s, and {@link org.clinicalnotes.template.TemplateRegistry}
 * with the built-in SOAP, DAP, BIRP, GIRP, H&amp;P, progress, consult and psychiatric intake templates.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.template;

import org.clinicalnotes.PublicApi;
