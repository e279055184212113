/**
 * Implementation of the note-spark stages: not API, may change in any release.
 */
@InternalApi
package org.clinicalnotes.spark.internal;

import org.clinicalnotes.InternalApi;
