/**
 * The client's course across sessions: a {@link org.clinicalnotes.course.ClientHistory} (transcripts, session
 * analyses and journal entries over time, from a folder or a FHIR server) read by a
 * {@link org.clinicalnotes.course.CourseAnalyzer} into a {@link org.clinicalnotes.course.Course}: recurring
 * themes, measure trajectories with the Jacobson–Truax reliable change index, risk over time with a rising-risk
 * signal, homework set and followed up. From a course come the pre-session {@link org.clinicalnotes.course.Brief}
 * and a {@link org.clinicalnotes.course.PlanDraft} for a treatment plan, stored and signed as a
 * {@link org.clinicalnotes.course.PlanDocument} (DRAFT until a clinician signs it, then ACTIVE and unchangeable).
 *
 * <p>Every statement in a brief or a plan cites the sessions and utterance ids (or journal entry ids) it rests on.
 * Everything here is a draft for the clinician, who decides. Local and deterministic by default; only a
 * {@link org.clinicalnotes.course.PlanWriter} given an LLM sends anything out, and then only de-identified cited
 * utterances and draft wording.
 *
 * @since 0.3.0
 */
@PublicApi
package org.clinicalnotes.course;

import org.clinicalnotes.PublicApi;
