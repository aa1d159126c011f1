package dev.storeemulator.client.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How a {@link RetryPolicy} waits between attempts. The default is {@link #system()}; tests inject one
 * that records the waits (and advances a fake clock) instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {
    /**
     * Waits for {@code duration}.
     * @param duration how long, zero or more
     * @throws InterruptedException when the thread is interrupted; the call then stops retrying
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * The real thing: blocks the calling thread.
     * @return a sleeper that blocks the calling thread
     */
    static Sleeper system() {
        return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }
}
