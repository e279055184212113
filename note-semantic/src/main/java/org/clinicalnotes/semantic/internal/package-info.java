/**
 * Implementation of {@code note-semantic}; not an API. {@link org.clinicalnotes.semantic.internal.ExemplarRiskMatcher}
 * is public only so that {@link java.util.ServiceLoader} can construct it.
 */
package org.clinicalnotes.semantic.internal;
