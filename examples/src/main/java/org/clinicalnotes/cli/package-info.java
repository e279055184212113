/**
 * The {@code clinical-notes} command line (picocli): one class per command. It uses only the public
 * calls the README shows; {@code CliErrors} maps library exceptions to exit codes and names the flags
 * that set the settings a library message names. Not a library: nothing here is API.
 *
 * <p>API rule (as in every package of this project): types marked {@link org.clinicalnotes.PublicApi} are
 * supported; other public types may change in any release; packages named {@code internal} are
 * {@link org.clinicalnotes.InternalApi}.
 *
 * @since 0.3.0
 */
@InternalApi
package org.clinicalnotes.cli;

import org.clinicalnotes.InternalApi;
