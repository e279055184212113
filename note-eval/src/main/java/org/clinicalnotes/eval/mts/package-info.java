/**
 * MTS-Dialog (Ben Abacha et al., EACL 2023, CC BY 4.0) section-level evaluation: loads a split and maps its
 * section headers to content kinds.
 *
 * @since 0.1.0
 */
@InternalApi
package org.clinicalnotes.eval.mts;

import org.clinicalnotes.InternalApi;
