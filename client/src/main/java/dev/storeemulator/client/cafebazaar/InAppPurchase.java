package dev.storeemulator.client.cafebazaar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The answer of the in-app purchase validation endpoint, field for field as Cafebazaar sends it.
 *
 * <p>Beware the encoding: on Cafebazaar {@code consumptionState} is <b>0 when consumed</b> and 1 when not
 * (the opposite of ONE store and Catappult). Prefer {@link #isConsumed()}, {@link #isRefunded()} and
 * {@link #purchaseTimeInstant()} to reading the raw numbers.
 *
 * @param consumptionState 0 = consumed, 1 = not consumed
 * @param purchaseState    0 = purchased, 1 = refunded
 * @param kind             always {@code androidpublisher#inappPurchase}
 * @param developerPayload the payload the app sent with the purchase; may be null or empty
 * @param purchaseTime     the purchase time in epoch milliseconds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InAppPurchase(
        @JsonProperty(value = "consumptionState", required = true)
        int consumptionState,

        @JsonProperty(value = "purchaseState", required = true)
        int purchaseState,

        @JsonProperty("kind") String kind,
        @JsonProperty("developerPayload") String developerPayload,

        @JsonProperty(value = "purchaseTime", required = true)
        long purchaseTime) {

    /** The {@code consumptionState} value Cafebazaar uses for a consumed purchase. */
    public static final int CONSUMED = 0;
    /** The {@code purchaseState} value Cafebazaar uses for a refunded purchase. */
    public static final int REFUNDED = 1;

    /**
     * Whether the purchase has been consumed.
     * @return true when {@code consumptionState} is 0 (Cafebazaar's encoding)
     */
    public boolean isConsumed() {
        return consumptionState == CONSUMED;
    }

    /**
     * Whether the purchase has been refunded.
     * @return true when {@code purchaseState} is 1
     */
    public boolean isRefunded() {
        return purchaseState == REFUNDED;
    }

    /**
     * The purchase time as an instant.
     * @return {@code purchaseTime} read as epoch milliseconds
     */
    public Instant purchaseTimeInstant() {
        return Instant.ofEpochMilli(purchaseTime);
    }
}
