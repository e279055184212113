/**
 * Small programs that show the SDK from Java; {@code QuickStart} is the README's "Use it from Java"
 * example, compiled and run by the build so that it cannot drift from the API.
 *
 * <p>API rule (as in every package of this project): types marked {@link org.clinicalnotes.PublicApi} are
 * supported; other public types may change in any release; packages named {@code internal} are
 * {@link org.clinicalnotes.InternalApi}.
 *
 * @since 0.3.0
 */
@PublicApi
package org.clinicalnotes.examples;

import org.clinicalnotes.PublicApi;
