package org.clinicalnotes.llm;

import java.time.Duration;

/** Waits between retries; replaced in tests so that they never wait. */
@FunctionalInterface
interface Sleeper {

    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

    void sleep(Duration delay) throws InterruptedException;
}
