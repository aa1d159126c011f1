package dev.storeemulator.emulator.onestore;

import dev.storeemulator.emulator.core.Billing;
import dev.storeemulator.emulator.core.BillingPeriod;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An auto-renewing series: first paid at {@code startTime}, last paid at {@code lastPaymentTime}, billed as its
 * {@link Billing} says (renewals, failed charges through grace and hold, pauses, cancellation reserved).
 */
public record RecurringPurchase(
        String purchaseId,
        String packageName,
        String productId,
        Instant startTime,
        String developerPayload,
        Billing billing,
        Instant lastPaymentTime) {

    /** ONE store's subscription states [DOC v21 subscriptions page]. */
    public enum State {
        SUBSCRIBED,
        CANCELED,
        GRACE,
        ON_HOLD,
        PAUSED,
        EXPIRED
    }

    /**
     * The series as the recurring APIs show it at an instant [DOC state table]: {@code recurringState} 1 once
     * cancelled or expired, else 0; {@code expiryTime} the end of grace while in grace or on hold, in the past when
     * on hold, paused or expired; {@code nextPaymentTime} when the store charges next, null when it will not.
     */
    public record View(
            State state,
            Billing.Status status,
            Instant expiryTime,
            int recurringState,
            Instant nextPaymentTime,
            Instant lastPaymentTime) {}

    public RecurringPurchase {
        Objects.requireNonNull(purchaseId, "purchaseId");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(billing, "billing");
        developerPayload = developerPayload == null ? "" : developerPayload;
        lastPaymentTime = lastPaymentTime == null ? startTime : lastPaymentTime;
    }

    public BillingPeriod period() {
        return billing.period();
    }

    public View at(Instant now) {
        Billing.Standing s = billing.at(now);
        State state = switch (s.status()) {
            case ACTIVE -> State.SUBSCRIBED;
            case CANCELED -> State.CANCELED;
            case IN_GRACE -> State.GRACE;
            case ON_HOLD -> State.ON_HOLD;
            case PAUSED -> State.PAUSED;
            case EXPIRED -> State.EXPIRED;
        };
        int recurringState = state == State.CANCELED || state == State.EXPIRED ? 1 : 0;
        Instant paid = s.lastPaidStart() == null ? lastPaymentTime : s.lastPaidStart();
        return new View(state, s.status(), s.entitledUntil(), recurringState, s.nextCharge(), paid);
    }

    public boolean isActiveAt(Instant now) {
        return at(now).state() != State.EXPIRED;
    }

    /** What happened after {@code then} up to {@code now}, in order. */
    List<Billing.Event> events(Instant then, Instant now) {
        return billing.events(then, now);
    }

    /** The series as it stands at {@code now}, what has happened folded in. */
    public RecurringPurchase renewedBy(Instant now) {
        Billing.Standing s = billing.at(now);
        return new RecurringPurchase(
                purchaseId,
                packageName,
                productId,
                startTime,
                developerPayload,
                s.billing(),
                s.lastPaidStart() == null ? lastPaymentTime : s.lastPaidStart());
    }

    /** A charge approved now (a payment ahead of time, a recovery, a resume or a restart). */
    public RecurringPurchase renewedNow(Instant now) {
        return with(billing.paidNow(now), now);
    }

    /** Ended now: expiryTime becomes now and no payment follows; InvalidPurchaseState if it already has. */
    public RecurringPurchase expiredAt(Instant now) {
        refuseIf(!isActiveAt(now), "The subscription has already expired.");
        return with(billing.expiredAt(now), lastPaymentTime);
    }

    /**
     * manage-payment-status: {@code cancel} reserves the cancellation of a renewing series, otherwise it
     * is undone; InvalidPurchaseState when the series has expired or already is so.
     */
    public RecurringPurchase withPaymentStatus(boolean cancel, Instant now) {
        View v = at(now);
        refuseIf(v.state() == State.EXPIRED, "The subscription has expired.");
        boolean renewing = v.recurringState() == 0;
        if (renewing != cancel) {
            throw new OneStoreException(
                    OneStoreError.INVALID_PURCHASE_STATE,
                    cancel
                            ? "The subscription's cancellation is already reserved."
                            : "The subscription is already renewing.");
        }
        return with(billing.withAutoRenewing(!cancel, now), lastPaymentTime);
    }

    RecurringPurchase with(Billing b, Instant lastPayment) {
        return new RecurringPurchase(purchaseId, packageName, productId, startTime, developerPayload, b, lastPayment);
    }

    static void refuseIf(boolean refused, String message) {
        if (refused) {
            throw new OneStoreException(OneStoreError.INVALID_PURCHASE_STATE, message);
        }
    }
}
