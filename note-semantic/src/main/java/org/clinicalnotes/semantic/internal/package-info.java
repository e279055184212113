/**
 * Implementation of {@code note-semantic}; not an API. {@link org.clinicalnotes.semantic.internal.ExemplarRiskMatcher}
 * is public only so that {@link java.util.ServiceLoader} can construct it.
 *
 * <p>Not API ({@link org.clinicalnotes.InternalApi}): may change in any release.
 */
@InternalApi
package org.clinicalnotes.semantic.internal;

import org.clinicalnotes.InternalApi;
