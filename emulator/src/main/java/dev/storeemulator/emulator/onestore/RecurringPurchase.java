package dev.storeemulator.emulator.onestore;

import dev.storeemulator.emulator.core.BillingPeriod;
import java.time.Instant;
import java.util.Objects;

/**
 * An auto-renewing series: first paid at {@code startTime}, last paid at {@code lastPaymentTime}, valid
 * until {@code expiryTime}. While {@code renewing}, it is paid again every {@code period} as the clock
 * passes its expiryTime ({@link #renewedBy}); {@code renewing} false means its cancellation is reserved,
 * so it lapses at expiryTime.
 */
public record RecurringPurchase(
        String purchaseId,
        String packageName,
        String productId,
        Instant startTime,
        Instant expiryTime,
        boolean renewing,
        String developerPayload,
        BillingPeriod period,
        Instant lastPaymentTime) {
    public RecurringPurchase {
        Objects.requireNonNull(purchaseId, "purchaseId");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(expiryTime, "expiryTime");
        developerPayload = developerPayload == null ? "" : developerPayload;
        period = period == null ? BillingPeriod.MONTHLY : period;
        lastPaymentTime = lastPaymentTime == null ? startTime : lastPaymentTime;
    }

    /** A monthly series paid once, at its start. */
    public RecurringPurchase(
            String purchaseId,
            String packageName,
            String productId,
            Instant startTime,
            Instant expiryTime,
            boolean renewing,
            String developerPayload) {
        this(purchaseId, packageName, productId, startTime, expiryTime, renewing, developerPayload, null, null);
    }

    public boolean isActiveAt(Instant now) {
        return expiryTime.isAfter(now);
    }

    /** The series as it stands at {@code now}: while renewing, every expiryTime passed was a payment. */
    public RecurringPurchase renewedBy(Instant now) {
        if (!renewing || expiryTime.isAfter(now)) {
            return this;
        }
        BillingPeriod.Renewals r = period.renewalsBy(expiryTime, now);
        return paid(r.lastStart(), r.validUntil(), renewing);
    }

    /**
     * One payment taken now, ahead of time: the paid period follows the current one, or starts now once
     * the series has lapsed.
     */
    public RecurringPurchase renewedNow(Instant now) {
        Instant start = isActiveAt(now) ? expiryTime : now;
        return paid(now, period.after(start), renewing);
    }

    /** Ended now: expiryTime becomes now and no payment follows; InvalidPurchaseState if it already has. */
    public RecurringPurchase expiredAt(Instant now) {
        if (!isActiveAt(now)) {
            throw new OneStoreException(OneStoreError.INVALID_PURCHASE_STATE, "The subscription has already expired.");
        }
        return paid(lastPaymentTime, now, false);
    }

    /**
     * manage-payment-status: {@code cancel} reserves the cancellation of a renewing series, otherwise it
     * is undone; InvalidPurchaseState when the series has expired or already is so.
     */
    public RecurringPurchase withPaymentStatus(boolean cancel, Instant now) {
        if (!isActiveAt(now)) {
            throw new OneStoreException(OneStoreError.INVALID_PURCHASE_STATE, "The subscription has expired.");
        }
        if (renewing != cancel) {
            throw new OneStoreException(
                    OneStoreError.INVALID_PURCHASE_STATE,
                    cancel
                            ? "The subscription's cancellation is already reserved."
                            : "The subscription is already renewing.");
        }
        return withRenewing(!cancel);
    }

    public RecurringPurchase withRenewing(boolean value) {
        return paid(lastPaymentTime, expiryTime, value);
    }

    private RecurringPurchase paid(Instant lastPayment, Instant newExpiry, boolean newRenewing) {
        return new RecurringPurchase(
                purchaseId,
                packageName,
                productId,
                startTime,
                newExpiry,
                newRenewing,
                developerPayload,
                period,
                lastPayment);
    }
}
