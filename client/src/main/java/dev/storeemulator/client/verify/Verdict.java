package dev.storeemulator.client.verify;

import java.time.Instant;

/**
 * One store-neutral answer about a purchase or subscription, whatever the store's encodings
 * (Cafebazaar's consumptionState 0 = consumed, ONE store's and Catappult's 1 = consumed; validUntil
 * vs expiryTime; ONE store's purchaseId as the token).
 *
 * @param store        which store answered
 * @param valid        the store knows this token for this package and product
 * @param consumed     the in-app purchase is consumed (false for subscriptions)
 * @param refunded     refunded or canceled by the store
 * @param purchaseTime when it was bought (for a subscription: when it started); null when not valid
 * @param expiresAt    for a subscription, when the current period ends; null for in-app purchases
 * @param autoRenewing for a subscription, whether it renews; null for in-app purchases
 * @param reason       why it is not valid, or null
 */
public record Verdict(
        Store store,
        boolean valid,
        boolean consumed,
        boolean refunded,
        Instant purchaseTime,
        Instant expiresAt,
        Boolean autoRenewing,
        String reason) {

    static Verdict invalid(Store store, String reason) {
        return new Verdict(store, false, false, false, null, null, null, reason);
    }

    static Verdict purchase(Store store, boolean consumed, boolean refunded, Instant purchaseTime) {
        return new Verdict(store, true, consumed, refunded, purchaseTime, null, null, null);
    }

    static Verdict subscription(Store store, boolean refunded, Instant start, Instant expiresAt, boolean autoRenewing) {
        return new Verdict(store, true, false, refunded, start, expiresAt, autoRenewing, null);
    }

    /** @return whether this is a subscription verdict */
    public boolean isSubscription() {
        return expiresAt != null;
    }

    /**
     * Whether the backend should grant the item now: valid, not refunded, not yet consumed, and — for a
     * subscription — not past its period (stores answer 200 for expired subscriptions too).
     *
     * @param now the current time
     * @return whether to grant
     */
    public boolean entitlesAt(Instant now) {
        return valid && !refunded && !consumed && (expiresAt == null || expiresAt.isAfter(now));
    }
}
