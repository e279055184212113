/**
 * Stage 2: de-identification before any remote model. The {@link org.clinicalnotes.deid.Deidentifier}
 * SPI, its {@link org.clinicalnotes.deid.Redaction} and the {@link org.clinicalnotes.deid.SurrogateVault}.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.deid;

import org.clinicalnotes.PublicApi;
