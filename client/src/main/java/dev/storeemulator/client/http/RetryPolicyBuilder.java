package dev.storeemulator.client.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/** Configures a {@link RetryPolicy}; every value starts at its default. */
public final class RetryPolicyBuilder {
    int maxAttempts = 3;
    Duration initialBackoff = Duration.ofMillis(200);
    double multiplier = 2.0;
    Duration maxBackoff = Duration.ofSeconds(5);
    boolean jitter = true;
    Duration totalDeadline = Duration.ofSeconds(30);
    boolean retryNonIdempotent = true;
    Sleeper sleeper = Sleeper.system();
    LongSupplier nanoTime = System::nanoTime;
    Clock clock = Clock.systemUTC();
    RandomGenerator random = () -> ThreadLocalRandom.current().nextLong();

    RetryPolicyBuilder() {}

    RetryPolicyBuilder(RetryPolicy p) {
        maxAttempts = p.maxAttempts;
        initialBackoff = p.initialBackoff;
        multiplier = p.multiplier;
        maxBackoff = p.maxBackoff;
        jitter = p.jitter;
        totalDeadline = p.totalDeadline;
        retryNonIdempotent = p.retryNonIdempotent;
        sleeper = p.sleeper;
        nanoTime = p.nanoTime;
        clock = p.clock;
        random = p.random;
    }

    /**
     * Sets the total number of attempts, the first included; 1 disables retries. Default 3.
     * @param value at least 1
     * @return this builder
     */
    public RetryPolicyBuilder maxAttempts(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = value;
        return this;
    }

    /**
     * Sets the computed wait after the first failure. Default 200 ms.
     * @param value zero or more
     * @return this builder
     */
    public RetryPolicyBuilder initialBackoff(Duration value) {
        this.initialBackoff = nonNegative(value, "initialBackoff");
        return this;
    }

    /**
     * Sets the factor between successive computed waits. Default 2.0.
     * @param value at least 1.0
     * @return this builder
     */
    public RetryPolicyBuilder multiplier(double value) {
        if (!(value >= 1.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("multiplier must be a finite number of at least 1.0");
        }
        this.multiplier = value;
        return this;
    }

    /**
     * Sets the cap on a computed wait; a {@code Retry-After} is not capped. Default 5 s.
     * @param value zero or more
     * @return this builder
     */
    public RetryPolicyBuilder maxBackoff(Duration value) {
        this.maxBackoff = nonNegative(value, "maxBackoff");
        return this;
    }

    /**
     * Sets full jitter (each wait uniform in {@code [0, backoff]}) on or off (exact exponential). Default on.
     * @param value whether to jitter
     * @return this builder
     */
    public RetryPolicyBuilder jitter(boolean value) {
        this.jitter = value;
        return this;
    }

    /**
     * Sets the time, from the start of the first attempt, after which no wait or attempt may end. Default 30 s.
     * @param value a positive duration
     * @return this builder
     */
    public RetryPolicyBuilder totalDeadline(Duration value) {
        if (nonNegative(value, "totalDeadline").isZero()) {
            throw new IllegalArgumentException("totalDeadline must be positive");
        }
        this.totalDeadline = value;
        return this;
    }

    /**
     * Sets whether consume, acknowledge, cancel and other non-idempotent calls are retried. Default true.
     * @param value false to send them once and decide yourself after a failure
     * @return this builder
     */
    public RetryPolicyBuilder retryNonIdempotent(boolean value) {
        this.retryNonIdempotent = value;
        return this;
    }

    /**
     * Sets how waits happen. Default {@link Sleeper#system()}.
     * @param value the sleeper
     * @return this builder
     */
    public RetryPolicyBuilder sleeper(Sleeper value) {
        this.sleeper = Objects.requireNonNull(value, "sleeper");
        return this;
    }

    /**
     * Sets the monotonic time source the deadline is measured with, in nanoseconds. Default {@link System#nanoTime()}.
     * @param value the source
     * @return this builder
     */
    public RetryPolicyBuilder nanoTime(LongSupplier value) {
        this.nanoTime = Objects.requireNonNull(value, "nanoTime");
        return this;
    }

    /**
     * Sets the wall clock an HTTP-date {@code Retry-After} is compared with. Default {@link Clock#systemUTC()}.
     * @param value the clock
     * @return this builder
     */
    public RetryPolicyBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    RetryPolicyBuilder random(RandomGenerator value) {
        this.random = Objects.requireNonNull(value, "random");
        return this;
    }

    /**
     * Builds the policy.
     * @return an immutable policy
     * @throws IllegalArgumentException when {@code maxBackoff} is below {@code initialBackoff}
     */
    public RetryPolicy build() {
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must not be below initialBackoff");
        }
        return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration value, String name) {
        if (Objects.requireNonNull(value, name).isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return value;
    }
}
