package org.clinicalnotes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type or package that is public only so that the SDK's own modules can share it: not API, may
 * change or disappear in any release, and integrators should not use it. Every package named
 * {@code internal} carries this mark in its {@code package-info.java}.
 *
 * @since 0.3.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@PublicApi
public @interface InternalApi {
}
