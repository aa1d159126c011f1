package dev.storeemulator.client.catappult;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One entry of the voided purchases list: a purchase that was refunded or charged back. Times arrive as
 * strings of epoch milliseconds.
 *
 * @param kind               {@code androidpublisher#voidedPurchase}
 * @param purchaseToken      the token of the voided purchase
 * @param orderId            its order id
 * @param purchaseTimeMillis when it was bought, epoch milliseconds
 * @param voidedTimeMillis   when it was voided, epoch milliseconds
 * @param voidedSource       who voided it (0 = the user)
 * @param voidedReason       why: 0 = refunded, 7 = chargeback, others as in Google's API
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VoidedPurchase(
        @JsonProperty("kind") String kind,

        @JsonProperty(value = "purchaseToken", required = true)
        String purchaseToken,

        @JsonProperty("orderId") String orderId,
        @JsonProperty("purchaseTimeMillis") long purchaseTimeMillis,

        @JsonProperty(value = "voidedTimeMillis", required = true)
        long voidedTimeMillis,

        @JsonProperty("voidedSource") int voidedSource,
        @JsonProperty("voidedReason") int voidedReason) {

    /** The {@code voidedReason} of a chargeback. */
    public static final int CHARGEBACK = 7;

    /**
     * Whether the purchase was voided by a chargeback.
     * @return true when {@code voidedReason} is 7
     */
    public boolean isChargeback() {
        return voidedReason == CHARGEBACK;
    }

    /**
     * The purchase time as an instant.
     * @return {@code purchaseTimeMillis} read as epoch milliseconds
     */
    public Instant purchaseTime() {
        return Instant.ofEpochMilli(purchaseTimeMillis);
    }

    /**
     * When the purchase was voided.
     * @return {@code voidedTimeMillis} read as epoch milliseconds
     */
    public Instant voidedTime() {
        return Instant.ofEpochMilli(voidedTimeMillis);
    }
}
