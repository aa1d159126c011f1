package dev.storeemulator.client.catappult;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A validated in-app purchase, from either family: the legacy {@code product/…} answer (kind
 * {@code androidpublisher#productPurchase}, numeric {@code purchaseTimeMillis}, no currency) and the
 * {@code productv2/…} answer (kind {@code androidpublisher#inappPurchase}, {@code purchaseTimeMillis} as a
 * string, plus {@code currency}) give the same values.
 *
 * <p>On Catappult {@code consumptionState} is <b>1 when consumed</b>, 0 when yet to be consumed (the opposite
 * of Cafebazaar). Prefer {@link #isConsumed()}, {@link #isCanceled()} and {@link #purchaseTime()}.
 *
 * @param kind                 {@code androidpublisher#productPurchase} (legacy) or {@code androidpublisher#inappPurchase}
 * @param purchaseTimeMillis   the purchase time in epoch milliseconds (sent as a number or a string)
 * @param purchaseState        0 = purchased, 1 = canceled
 * @param consumptionState     0 = yet to be consumed, 1 = consumed
 * @param developerPayload     the payload the app sent with the purchase; may be empty
 * @param orderId              the order id, 16 upper-case letters and digits
 * @param acknowledgementState 0 = pending, 1 = acknowledged
 * @param purchaseToken        the token, starting with {@code catappult.inapp.purchase.}
 * @param productId            the SKU
 * @param regionCode           the buyer's region, e.g. {@code PT}
 * @param currency             the ISO 4217 currency; null on the legacy family
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InAppPurchase(
        @JsonProperty("kind") String kind,

        @JsonProperty(value = "purchaseTimeMillis", required = true)
        long purchaseTimeMillis,

        @JsonProperty(value = "purchaseState", required = true)
        int purchaseState,

        @JsonProperty(value = "consumptionState", required = true)
        int consumptionState,

        @JsonProperty("developerPayload") String developerPayload,
        @JsonProperty("orderId") String orderId,
        @JsonProperty("acknowledgementState") int acknowledgementState,
        @JsonProperty("purchaseToken") String purchaseToken,
        @JsonProperty("productId") String productId,
        @JsonProperty("regionCode") String regionCode,
        @JsonProperty("currency") String currency) {

    /** The {@code consumptionState} value Catappult uses for a consumed purchase. */
    public static final int CONSUMED = 1;
    /** The {@code purchaseState} value Catappult uses for a canceled purchase. */
    public static final int CANCELED = 1;

    /**
     * Whether the purchase has been consumed.
     * @return true when {@code consumptionState} is 1 (Catappult's encoding)
     */
    public boolean isConsumed() {
        return consumptionState == CONSUMED;
    }

    /**
     * Whether the purchase has been canceled (refunded).
     * @return true when {@code purchaseState} is 1
     */
    public boolean isCanceled() {
        return purchaseState == CANCELED;
    }

    /**
     * Whether the purchase has been acknowledged.
     * @return true when {@code acknowledgementState} is 1
     */
    public boolean isAcknowledged() {
        return acknowledgementState == 1;
    }

    /**
     * The purchase time as an instant.
     * @return {@code purchaseTimeMillis} read as epoch milliseconds
     */
    public Instant purchaseTime() {
        return Instant.ofEpochMilli(purchaseTimeMillis);
    }
}
