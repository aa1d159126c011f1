package dev.storeemulator.client.http;

import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * When and how a store client repeats a failed call. Immutable; build one with {@link #builder()}.
 *
 * <p>Retried: no answer at all (connection refused or reset, connect or request timeout, a connection
 * closed without an answer), any 5xx, and 429. Never retried: every other answer, 4xx included. The n-th
 * wait is {@code min(maxBackoff, initialBackoff × multiplier^(n-1))}, with full jitter drawn uniformly from
 * {@code [0, that]} unless {@code jitter(false)}. A 429 or 503 carrying {@code Retry-After} (delta-seconds or
 * HTTP-date) waits exactly that long instead, or gives up at once with that answer when the wait would end
 * past the deadline.
 *
 * <p>The {@link #totalDeadline()} runs from the start of the first attempt: no wait and no attempt starts
 * that would end past it (each attempt's request timeout is cut to the time left).
 *
 * <p>{@link Idempotency#NON_IDEMPOTENT} calls (consume, acknowledge, cancel…) are retried too unless
 * {@code retryNonIdempotent(false)}; when such a retry is answered "already done", the store exception says
 * {@code isPossiblyDuplicate()}.
 */
public final class RetryPolicy {
    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    final int maxAttempts;
    final Duration initialBackoff;
    final double multiplier;
    final Duration maxBackoff;
    final boolean jitter;
    final Duration totalDeadline;
    final boolean retryNonIdempotent;
    final Sleeper sleeper;
    final LongSupplier nanoTime;
    final Clock clock;
    final RandomGenerator random;

    RetryPolicy(RetryPolicyBuilder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.multiplier = b.multiplier;
        this.maxBackoff = b.maxBackoff;
        this.jitter = b.jitter;
        this.totalDeadline = b.totalDeadline;
        this.retryNonIdempotent = b.retryNonIdempotent;
        this.sleeper = b.sleeper;
        this.nanoTime = b.nanoTime;
        this.clock = b.clock;
        this.random = b.random;
    }

    /**
     * The default policy: 3 attempts, 200 ms initial backoff doubling up to 5 s with full jitter, a 30 s
     * deadline, non-idempotent calls retried, real sleeping and the system clock.
     * @return the defaults
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * No retries: every call is sent once.
     * @return a policy of one attempt
     */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * Starts from the defaults.
     * @return a builder
     */
    public static RetryPolicyBuilder builder() {
        return new RetryPolicyBuilder();
    }

    /**
     * A builder holding this policy's values, to change some of them.
     * @return a builder
     */
    public RetryPolicyBuilder toBuilder() {
        return new RetryPolicyBuilder(this);
    }

    /** @return the total number of attempts, at least 1; default 3 */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the computed wait after the first failure; default 200 ms */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the factor between successive computed waits; default 2.0 */
    public double multiplier() {
        return multiplier;
    }

    /** @return the cap on a computed wait (not on a {@code Retry-After}); default 5 s */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return whether each computed wait is drawn uniformly from {@code [0, backoff]}; default true */
    public boolean jitter() {
        return jitter;
    }

    /** @return the time from the first attempt after which nothing more starts; default 30 s */
    public Duration totalDeadline() {
        return totalDeadline;
    }

    /** @return whether non-idempotent calls are retried; default true */
    public boolean retryNonIdempotent() {
        return retryNonIdempotent;
    }

    /**
     * The attempts a call of this kind may make.
     * @param idempotency the call's kind
     * @return {@link #maxAttempts()}, or 1 for a non-idempotent call when those are not retried
     */
    public int attemptsFor(Idempotency idempotency) {
        return idempotency == Idempotency.NON_IDEMPOTENT && !retryNonIdempotent ? 1 : maxAttempts;
    }

    /**
     * The un-jittered wait after {@code failures} failed attempts.
     * @param failures failed attempts so far, at least 1
     * @return {@code min(maxBackoff, initialBackoff × multiplier^(failures-1))}
     */
    public Duration backoff(int failures) {
        double nanos = initialBackoff.toNanos() * Math.pow(multiplier, Math.max(0, failures - 1));
        return nanos >= maxBackoff.toNanos() ? maxBackoff : Duration.ofNanos((long) nanos);
    }

    /** The wait actually used after {@code failures} failures: the backoff, jittered when enabled. */
    Duration waitAfter(int failures) {
        Duration backoff = backoff(failures);
        return jitter ? Duration.ofNanos(random.nextLong(backoff.toNanos() + 1)) : backoff;
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
                + ", multiplier=" + multiplier + ", maxBackoff=" + maxBackoff + ", jitter=" + jitter
                + ", totalDeadline=" + totalDeadline + ", retryNonIdempotent=" + retryNonIdempotent + "]";
    }
}
