package dev.storeemulator.client.onestore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The answer of getPurchaseDetails and getPurchaseDetailsByProductId, field for field as ONE store sends it.
 *
 * <p>Beware the encoding: on ONE store {@code consumptionState} is <b>1 when consumed</b> and 0 when not
 * (the opposite of Cafebazaar). Prefer {@link #isConsumed()}, {@link #isCancelled()} and
 * {@link #purchaseTimeInstant()} to reading the raw numbers.
 *
 * @param consumptionState 0 = not consumed, 1 = consumed
 * @param developerPayload the payload the app sent with the purchase; may be null or empty
 * @param purchaseState    0 = purchased, 1 = cancelled (refunded)
 * @param purchaseTime     the purchase time in epoch milliseconds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PurchaseDetails(
        @JsonProperty(value = "consumptionState", required = true)
        int consumptionState,

        @JsonProperty("developerPayload") String developerPayload,

        @JsonProperty(value = "purchaseState", required = true)
        int purchaseState,

        @JsonProperty(value = "purchaseTime", required = true)
        long purchaseTime) {

    /** The {@code consumptionState} value ONE store uses for a consumed purchase. */
    public static final int CONSUMED = 1;
    /** The {@code purchaseState} value ONE store uses for a cancelled purchase. */
    public static final int CANCELLED = 1;

    /**
     * Whether the purchase has been consumed.
     * @return true when {@code consumptionState} is 1 (ONE store's encoding)
     */
    public boolean isConsumed() {
        return consumptionState == CONSUMED;
    }

    /**
     * Whether the purchase has been cancelled (refunded), by the user, the store or the 3-day automatic refund.
     * @return true when {@code purchaseState} is 1
     */
    public boolean isCancelled() {
        return purchaseState == CANCELLED;
    }

    /**
     * The purchase time as an instant.
     * @return {@code purchaseTime} read as epoch milliseconds
     */
    public Instant purchaseTimeInstant() {
        return Instant.ofEpochMilli(purchaseTime);
    }
}
