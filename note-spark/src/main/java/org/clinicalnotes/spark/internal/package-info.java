/**
 * Implementation of the note-spark stages: not API, may change in any release.
 */
package org.clinicalnotes.spark.internal;
