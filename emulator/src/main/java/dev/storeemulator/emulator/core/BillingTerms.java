package dev.storeemulator.emulator.core;

import java.time.Duration;

/**
 * How a store treats a renewal charge that fails, and how fast an app's sandbox runs: a failed charge opens a
 * {@code grace} period (still entitled), then an account {@code hold} (not entitled), retried every {@code
 * retryEvery} until a charge is approved or both have passed, when the subscription expires. Zero grace and hold
 * make a failed charge end the subscription at once. {@code sandboxPeriod}, when set, replaces every billing
 * period, and every other duration shrinks in the same ratio ({@link #forPeriod}).
 */
public record BillingTerms(Duration grace, Duration hold, Duration retryEvery, BillingPeriod sandboxPeriod) {
    /** A failed charge ends the subscription at once. */
    public static final BillingTerms NO_GRACE =
            new BillingTerms(Duration.ZERO, Duration.ZERO, Duration.ofDays(1), null);

    public BillingTerms {
        grace = nonNegative(grace, "grace");
        hold = nonNegative(hold, "hold");
        retryEvery = retryEvery == null ? Duration.ofDays(1) : retryEvery;
        if (retryEvery.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("retryEvery must be at least PT1S");
        }
    }

    private static Duration nonNegative(Duration d, String name) {
        if (d == null) {
            return Duration.ZERO;
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return d;
    }

    /** These terms with {@code grace}, {@code hold} and {@code retryEvery} replaced where not null. */
    public BillingTerms overriddenBy(Duration grace, Duration hold, Duration retryEvery) {
        return new BillingTerms(
                grace == null ? this.grace : grace,
                hold == null ? this.hold : hold,
                retryEvery == null ? this.retryEvery : retryEvery,
                sandboxPeriod);
    }

    /** These terms in an app whose sandbox runs every period in {@code sandboxPeriod} (null: at real speed). */
    public BillingTerms inSandbox(BillingPeriod sandboxPeriod) {
        return new BillingTerms(grace, hold, retryEvery, sandboxPeriod);
    }

    /**
     * The terms one subscription of {@code period} runs on: as they are at real speed; in a sandbox, every billing
     * period lasts {@link #sandboxPeriod} and grace, hold and retries shrink by the ratio of the two periods (a
     * monthly subscription in a 5-minute sandbox has a 3-day grace of 30 seconds).
     */
    public Effective forPeriod(BillingPeriod period) {
        if (sandboxPeriod == null) {
            return new Effective(period, grace, hold, retryEvery);
        }
        double ratio = (double) sandboxPeriod.nominalLength().toMillis()
                / Math.max(1, period.nominalLength().toMillis());
        return new Effective(
                sandboxPeriod, scaled(grace, ratio), scaled(hold, ratio), atLeastASecond(scaled(retryEvery, ratio)));
    }

    private static Duration scaled(Duration d, double ratio) {
        return Duration.ofMillis(Math.round(d.toMillis() * Math.min(1.0, ratio)));
    }

    private static Duration atLeastASecond(Duration d) {
        return d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : d;
    }

    /** The durations one subscription actually runs on. */
    public record Effective(BillingPeriod period, Duration grace, Duration hold, Duration retryEvery) {
        /** Any other duration (e.g. an acknowledgement window) at this subscription's speed. */
        public Duration scale(Duration real, BillingPeriod nominal) {
            if (period.equals(nominal)) {
                return real;
            }
            double ratio = (double) period.nominalLength().toMillis()
                    / Math.max(1, nominal.nominalLength().toMillis());
            return BillingTerms.scaled(real, ratio);
        }
    }
}
