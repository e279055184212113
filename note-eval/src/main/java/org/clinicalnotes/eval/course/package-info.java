/**
 * Scores the course tools ({@code org.clinicalnotes.course}) on a multi-session series with a key: theme
 * recovery, reliable-change decisions against hand computation, rising risk, homework, and the grounding of
 * brief and plan lines ({@link org.clinicalnotes.eval.course.BlindCourseReport}).
 *
 * @since 0.3.0
 */
@InternalApi
package org.clinicalnotes.eval.course;

import org.clinicalnotes.InternalApi;
