/**
 * JMH benchmarks of the pipeline's stages (run from {@code note-bench/target/benchmarks.jar}). Not API.
 *
 * <p>API rule (as in every package of this project): types marked {@link org.clinicalnotes.PublicApi} are
 * supported; other public types may change in any release; packages named {@code internal} are
 * {@link org.clinicalnotes.InternalApi}.
 *
 * @since 0.3.0
 */
@InternalApi
package org.clinicalnotes.bench;

import org.clinicalnotes.InternalApi;
