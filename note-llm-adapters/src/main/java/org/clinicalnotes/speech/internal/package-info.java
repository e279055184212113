/**
 * HTTP plumbing shared by the speech adapters: retries, timeouts, error mapping, multipart bodies and response
 * parsing. Not API: it may change in any release.
 *
 * @since 0.1.0
 */
@InternalApi
package org.clinicalnotes.speech.internal;

import org.clinicalnotes.InternalApi;
