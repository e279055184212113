/**
 * Internal to session analytics: the feature extraction shared by the shipped classifier and its trainer in
 * note-eval. Not API: may change in any release.
 */
@InternalApi
package org.clinicalnotes.analysis.internal;

import org.clinicalnotes.InternalApi;
