/**
 * The clinician's step: {@link org.clinicalnotes.review.NoteReview} edits, deletes and adds statements
 * on a preliminary note, then signs it ({@link org.clinicalnotes.review.Signature}) to make it
 * FINAL; {@link org.clinicalnotes.review.NoteReview#amend} starts an amendment of a signed note that
 * signs as AMENDED and replaces the old one.
 *
 * @since 0.1.0
 */
@PublicApi
package org.clinicalnotes.review;

import org.clinicalnotes.PublicApi;
