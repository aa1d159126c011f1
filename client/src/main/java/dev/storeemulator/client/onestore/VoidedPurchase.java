package dev.storeemulator.client.onestore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One entry of getVoidedPurchases: a cancelled (refunded) purchase. Times are epoch milliseconds.
 *
 * @param purchaseId   the purchase id
 * @param productId    the product id
 * @param purchaseTime when the purchase was made
 * @param voidedTime   when it was cancelled
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VoidedPurchase(
        @JsonProperty(value = "purchaseId", required = true) String purchaseId,
        @JsonProperty("productId") String productId,
        @JsonProperty("purchaseTime") long purchaseTime,
        @JsonProperty(value = "voidedTime", required = true) long voidedTime) {

    /**
     * The purchase time as an instant.
     * @return {@code purchaseTime} read as epoch milliseconds
     */
    public Instant purchaseTimeInstant() {
        return Instant.ofEpochMilli(purchaseTime);
    }

    /**
     * The cancellation time as an instant.
     * @return {@code voidedTime} read as epoch milliseconds
     */
    public Instant voidedTimeInstant() {
        return Instant.ofEpochMilli(voidedTime);
    }
}
