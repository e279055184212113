package org.clinicalnotes.internal;

import org.junit.jupiter.api.Test;

/** note-core's {@link RegexAuditTest} on this module's static patterns (they were audited in note-core before issue 19 moved them). */
class CourseRegexAuditTest {

    @Test
    void no_static_pattern_overflows_a_small_stack_on_long_repetitive_input() throws Exception {
        RegexAuditTest.audit(CourseRegexAuditTest.class.getClassLoader(), 1);
    }
}
