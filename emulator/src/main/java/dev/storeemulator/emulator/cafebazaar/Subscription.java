package dev.storeemulator.emulator.cafebazaar;

import dev.storeemulator.emulator.core.Billing;
import dev.storeemulator.emulator.core.BillingPeriod;
import dev.storeemulator.emulator.core.BillingTerms;
import dev.storeemulator.emulator.core.RenewalOutcomes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A subscription series. {@code tokens.get(0)} is the first purchase token, reported as
 * linkedSubscriptionToken; every token in {@code tokens} (one per billing) identifies the series.
 * While auto-renewing, it renews every period as its {@link Billing} says: each renewal is a billing with a new
 * token. Cafebazaar has no grace period: a renewal whose payment fails ends the series at once, valid until the
 * end of the period paid, auto-renewal off [DECIDED].
 */
public record Subscription(
        String packageName, String subscriptionId, Instant initiation, Billing billing, List<String> tokens) {
    /** The series keeps its first token and this many of its latest renewal tokens. */
    static final int MAX_RENEWAL_TOKENS = 1000;

    public Subscription {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(initiation, "initiation");
        Objects.requireNonNull(billing, "billing");
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a subscription needs at least one purchase token");
        }
    }

    /** A series renewing every {@code period}, every payment approved unless {@code renewals} say otherwise. */
    public Subscription(
            String packageName,
            String subscriptionId,
            Instant initiation,
            Instant validUntil,
            boolean autoRenewing,
            List<String> tokens,
            BillingPeriod period,
            RenewalOutcomes renewals) {
        this(packageName, subscriptionId, initiation, billing(validUntil, autoRenewing, period, renewals), tokens);
    }

    public Subscription(
            String packageName,
            String subscriptionId,
            Instant initiation,
            Instant validUntil,
            boolean autoRenewing,
            List<String> tokens,
            BillingPeriod period) {
        this(packageName, subscriptionId, initiation, validUntil, autoRenewing, tokens, period, null);
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

    private static Billing billing(Instant validUntil, boolean autoRenewing, BillingPeriod period, RenewalOutcomes r) {
        BillingPeriod p = period == null ? BillingPeriod.MONTHLY : period;
        return new Billing(validUntil, autoRenewing, p, r, null, BillingTerms.NO_GRACE.forPeriod(p));
    }

    /** The end of the period paid, as last settled ({@link #renewedBy} first for the answer at an instant). */
    public Instant validUntil() {
        return billing.paidUntil();
    }

    public boolean autoRenewing() {
        return billing.autoRenewing();
    }

    public BillingPeriod period() {
        return billing.period();
    }

    public String linkedToken() {
        return tokens.get(0);
    }

    /** The token of the latest billing. */
    public String latestToken() {
        return tokens.get(tokens.size() - 1);
    }

    public boolean isActiveAt(Instant now) {
        return validUntil().isAfter(now);
    }

    public Subscription withAutoRenewing(boolean value) {
        Billing b =
                new Billing(billing.paidUntil(), value, billing.period(), billing.outcomes(), null, billing.terms());
        return new Subscription(packageName, subscriptionId, initiation, b, tokens);
    }

    /** Ended now: valid until now, no more renewals. */
    public Subscription expiredAt(Instant now) {
        return new Subscription(packageName, subscriptionId, initiation, billing.expiredAt(now), tokens);
    }

    /** Every next renewal's payment declined ({@code false}) or approved. */
    public Subscription withRenewals(RenewalOutcomes outcomes, Instant now) {
        return new Subscription(packageName, subscriptionId, initiation, billing.withOutcomes(outcomes, now), tokens);
    }

    /**
     * The series as it stands at {@code now}: every period boundary passed while renewing was a billing (or, when
     * its payment was declined, the end); this very value when nothing happened.
     */
    public Subscription renewedBy(Instant now) {
        Billing.Standing s = billing.at(now);
        if (s.paidCount() == 0 && s.billing().equals(billing)) {
            return this;
        }
        return billed(s.paidStarts(), s.billing());
    }

    /** One billing now, ahead of time (or a restart, once it has lapsed): a new token, one more period. */
    public Subscription renewedNow(Instant now) {
        Subscription settled = renewedBy(now);
        Instant start = settled.isActiveAt(now) ? settled.validUntil() : now;
        return settled.billed(List.of(start), settled.billing.paidNow(now));
    }

    private Subscription billed(List<Instant> starts, Billing newBilling) {
        List<String> all = new ArrayList<>(tokens);
        starts.forEach(start -> all.add(linkedToken() + "-" + start.toEpochMilli()));
        if (all.size() > MAX_RENEWAL_TOKENS + 1) {
            all.subList(1, all.size() - MAX_RENEWAL_TOKENS).clear();
        }
        return new Subscription(packageName, subscriptionId, initiation, newBilling, all);
    }
}
