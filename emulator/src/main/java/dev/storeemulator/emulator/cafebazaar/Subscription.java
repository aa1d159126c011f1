package dev.storeemulator.emulator.cafebazaar;

import dev.storeemulator.emulator.core.BillingPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A subscription series. {@code tokens.get(0)} is the first purchase token, reported as
 * linkedSubscriptionToken; every token in {@code tokens} (one per billing) identifies the series.
 * While {@code autoRenewing}, it renews every {@code period}: each renewal is a billing with a new token.
 */
public record Subscription(
        String packageName,
        String subscriptionId,
        Instant initiation,
        Instant validUntil,
        boolean autoRenewing,
        List<String> tokens,
        BillingPeriod period) {
    /** The series keeps its first token and this many of its latest renewal tokens. */
    static final int MAX_RENEWAL_TOKENS = 1000;

    public Subscription {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(initiation, "initiation");
        Objects.requireNonNull(validUntil, "validUntil");
        period = period == null ? BillingPeriod.MONTHLY : period;
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a subscription needs at least one purchase token");
        }
    }

    public Subscription(
            String packageName,
            String subscriptionId,
            Instant initiation,
            Instant validUntil,
            boolean autoRenewing,
            List<String> tokens) {
        this(packageName, subscriptionId, initiation, validUntil, autoRenewing, tokens, BillingPeriod.MONTHLY);
    }

    public String linkedToken() {
        return tokens.get(0);
    }

    /** The token of the latest billing. */
    public String latestToken() {
        return tokens.get(tokens.size() - 1);
    }

    public boolean isActiveAt(Instant now) {
        return validUntil.isAfter(now);
    }

    public Subscription withAutoRenewing(boolean value) {
        return new Subscription(packageName, subscriptionId, initiation, validUntil, value, tokens, period);
    }

    /** Ended now: valid until now, no more renewals. */
    public Subscription expiredAt(Instant now) {
        return new Subscription(packageName, subscriptionId, initiation, now, false, tokens, period);
    }

    /** The series as it stands at {@code now}: every period boundary passed while renewing was a billing. */
    public Subscription renewedBy(Instant now) {
        if (!autoRenewing || validUntil.isAfter(now)) {
            return this;
        }
        BillingPeriod.Renewals r = period.renewalsBy(validUntil, now);
        return billed(r.starts(), r.validUntil());
    }

    /** One billing now, ahead of time (or a restart, once it has lapsed): a new token, one more period. */
    public Subscription renewedNow(Instant now) {
        Instant start = validUntil.isAfter(now) ? validUntil : now;
        return billed(List.of(start), period.after(start));
    }

    private Subscription billed(List<Instant> starts, Instant newValidUntil) {
        List<String> all = new ArrayList<>(tokens);
        starts.forEach(start -> all.add(linkedToken() + "-" + start.toEpochMilli()));
        if (all.size() > MAX_RENEWAL_TOKENS + 1) {
            all.subList(1, all.size() - MAX_RENEWAL_TOKENS).clear();
        }
        return new Subscription(packageName, subscriptionId, initiation, newValidUntil, autoRenewing, all, period);
    }
}
