/**
 * Internal helpers of note-fhir shared by its public packages (the JWS signing core that notes and plans use).
 * Not part of the public API: may change in any release.
 */
@InternalApi
package org.clinicalnotes.fhir.internal;

import org.clinicalnotes.InternalApi;
