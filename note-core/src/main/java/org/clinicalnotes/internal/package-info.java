/**
 * Helpers shared by the SDK's modules. Not API: anything here may change in any release.
 *
 * @since 0.1.0
 */
@InternalApi
package org.clinicalnotes.internal;

import org.clinicalnotes.InternalApi;
