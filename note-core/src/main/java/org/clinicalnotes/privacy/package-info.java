/**
 * Privacy for behavioural health: sensitivity labels from what a conversation contains
 * ({@link org.clinicalnotes.privacy.internal.SensitivityLabeler}), as the HL7 Data Segmentation for Privacy guide
 * labels records; the FHIR module turns them into confidentiality and sensitivity codes, and an
 * {@link org.clinicalnotes.privacy.AuditListener} hears every generate, sign and amend, every journal entry
 * the between-session monitor reads and every course analysis.
 *
 * @since 0.2.0
 */
@PublicApi
package org.clinicalnotes.privacy;

import org.clinicalnotes.PublicApi;
