package dev.storeemulator.emulator.catappult;

import dev.storeemulator.emulator.core.Billing;
import dev.storeemulator.emulator.core.BillingPeriod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A subscription as the store holds it, renewing under the same token (as on Google Play, whose format Catappult
 * follows) as its {@link Billing} says. Until acknowledged it is PENDING; not acknowledged within {@code
 * acknowledgeWithin} of its start, it is revoked then [DOC lifecycle: PENDING → EXPIRED, SUBSCRIPTION_REVOKED].
 * {@code revokedTime}, when set, revokes it at that instant (an admin's revoke).
 */
public record Subscription(
        String token,
        String packageName,
        String productId,
        Instant startTime,
        Billing billing,
        String priceCurrencyCode,
        long priceAmountMicros,
        String countryCode,
        String developerPayload,
        String orderId,
        boolean acknowledged,
        Instant revokedTime,
        Duration acknowledgeWithin) {

    /** The seven states of Catappult's subscription lifecycle [DOC: PENDING, ACTIVE, EXPIRED; the rest Google's]. */
    public enum State {
        PENDING,
        ACTIVE,
        CANCELED,
        IN_GRACE_PERIOD,
        ON_HOLD,
        PAUSED,
        EXPIRED
    }

    /** What happens to a subscription, by the names of its notifications. */
    enum Event {
        SUBSCRIPTION_RECOVERED,
        SUBSCRIPTION_RENEWED,
        SUBSCRIPTION_CANCELED,
        SUBSCRIPTION_PURCHASED,
        SUBSCRIPTION_ON_HOLD,
        SUBSCRIPTION_IN_GRACE_PERIOD,
        SUBSCRIPTION_RESTARTED,
        SUBSCRIPTION_PAUSED,
        SUBSCRIPTION_REVOKED,
        SUBSCRIPTION_EXPIRED;

        static Event of(Billing.EventType type) {
            return switch (type) {
                case RENEWED -> SUBSCRIPTION_RENEWED;
                case IN_GRACE -> SUBSCRIPTION_IN_GRACE_PERIOD;
                case ON_HOLD -> SUBSCRIPTION_ON_HOLD;
                case RECOVERED -> SUBSCRIPTION_RECOVERED;
                case PAUSED -> SUBSCRIPTION_PAUSED;
                case EXPIRED -> SUBSCRIPTION_EXPIRED;
                case CANCELED -> SUBSCRIPTION_CANCELED;
                case RESTARTED -> SUBSCRIPTION_RESTARTED;
            };
        }
    }

    /**
     * The subscription as its validation answers at an instant: {@code expiryTime} (the end of grace while in grace
     * or on hold, the revocation when revoked), {@code autoRenewing}, {@code paymentState} (0 pending while a charge
     * is failing, else 1) and whether it was revoked.
     */
    public record View(
            State state,
            Billing.Status status,
            Instant expiryTime,
            boolean autoRenewing,
            int paymentState,
            boolean revoked) {}

    public Subscription {
        acknowledgeWithin = acknowledgeWithin == null ? Duration.ofHours(48) : acknowledgeWithin;
    }

    /** Nominal billing period (the fixtures' {@code period}). */
    public BillingPeriod period() {
        return billing.period();
    }

    /** When it is (or was) revoked as of {@code now}; null while it stands. */
    public Instant revokedAt(Instant now) {
        Instant at = revokedTime;
        if (at == null && !acknowledged) {
            at = startTime.plus(acknowledgeWithin);
        }
        return at != null && !at.isAfter(now) ? at : null;
    }

    public View at(Instant now) {
        Instant revoked = revokedAt(now);
        if (revoked != null) {
            return new View(State.EXPIRED, Billing.Status.EXPIRED, revoked, false, 1, true);
        }
        Billing.Standing s = billing.at(now);
        State state = switch (s.status()) {
            case ACTIVE -> acknowledged ? State.ACTIVE : State.PENDING;
            case CANCELED -> State.CANCELED;
            case IN_GRACE -> State.IN_GRACE_PERIOD;
            case ON_HOLD -> State.ON_HOLD;
            case PAUSED -> State.PAUSED;
            case EXPIRED -> State.EXPIRED;
        };
        boolean renewing = s.status() != Billing.Status.CANCELED && s.status() != Billing.Status.EXPIRED;
        int payment = s.failingSince() != null ? 0 : 1;
        return new View(state, s.status(), s.entitledUntil(), renewing, payment, false);
    }

    public boolean isActiveAt(Instant now) {
        State s = at(now).state();
        return s != State.EXPIRED;
    }

    /** What happened after {@code then} up to {@code now}, in order: the billing's events until a revocation, then it. */
    List<Event> events(Instant then, Instant now) {
        Instant revoked = revokedAt(now);
        Instant until = revoked == null ? now : revoked;
        List<Event> out = new ArrayList<>();
        if (until.isAfter(then)) {
            for (Billing.Event e : billing.events(then, until)) {
                if (revoked != null && !e.at().isBefore(revoked)) {
                    break;
                }
                out.add(Event.of(e.type()));
            }
        }
        if (revoked != null && revoked.isAfter(then)) {
            out.add(Event.SUBSCRIPTION_REVOKED);
        }
        return out;
    }

    /** The subscription as it stands at {@code now}, what has happened folded into its billing. */
    public Subscription renewedBy(Instant now) {
        return revokedAt(now) != null ? this : withBilling(billing.at(now).billing());
    }

    Subscription withBilling(Billing b) {
        return new Subscription(
                token,
                packageName,
                productId,
                startTime,
                b,
                priceCurrencyCode,
                priceAmountMicros,
                countryCode,
                developerPayload,
                orderId,
                acknowledged,
                revokedTime,
                acknowledgeWithin);
    }

    Subscription acknowledgedNow() {
        return new Subscription(
                token,
                packageName,
                productId,
                startTime,
                billing,
                priceCurrencyCode,
                priceAmountMicros,
                countryCode,
                developerPayload,
                orderId,
                true,
                revokedTime,
                acknowledgeWithin);
    }

    /** Revoked now: it ends at once, renewing no more. */
    Subscription revokedNow(Instant now) {
        return new Subscription(
                token,
                packageName,
                productId,
                startTime,
                billing.expiredAt(now),
                priceCurrencyCode,
                priceAmountMicros,
                countryCode,
                developerPayload,
                orderId,
                acknowledged,
                now,
                acknowledgeWithin);
    }
}
