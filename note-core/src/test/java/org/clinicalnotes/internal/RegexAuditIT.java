package org.clinicalnotes.internal;

import org.junit.jupiter.api.Test;

/**
 * {@link RegexAuditTest}'s audit on every static pattern of note-core's main classes: 163 patterns times 39
 * inputs of 20,000 characters, minutes under load, so it runs in the integration-test phase (Failsafe, on
 * {@code verify}) and {@code test} stays quick.
 */
class RegexAuditIT {

    @Test
    void no_static_pattern_overflows_a_small_stack_on_long_repetitive_input() throws Exception {
        RegexAuditTest.audit(RegexAuditIT.class.getClassLoader(), 101);
    }
}
