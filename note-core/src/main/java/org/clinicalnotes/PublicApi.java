package org.clinicalnotes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type as part of the supported API: it changes only with a deprecation period (after 1.0,
 * only in a major release). Public types without this mark, and everything in a package named
 * {@code internal} (marked {@link InternalApi}), may change in any release.
 *
 * @since 0.3.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@PublicApi
public @interface PublicApi {
}
