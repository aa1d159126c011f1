package dev.storeemulator.client.onestore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A v7 in-app purchase: the v2 details plus purchaseId, acknowledgeState and quantity. The commercial
 * store answers a missing payload as null, the sandbox as "".
 *
 * @param consumptionState 1 = consumed, 0 = not (ONE store's meaning)
 * @param developerPayload the app's payload, possibly null
 * @param purchaseState    0 = purchased, 1 = cancelled
 * @param purchaseTime     epoch milliseconds
 * @param purchaseId       the purchase id the v2 calls take
 * @param acknowledgeState 1 = acknowledged
 * @param quantity         items bought
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InAppPurchaseV7(
        @JsonProperty("consumptionState") int consumptionState,
        @JsonProperty("developerPayload") String developerPayload,
        @JsonProperty("purchaseState") int purchaseState,
        @JsonProperty("purchaseTime") long purchaseTime,
        @JsonProperty("purchaseId") String purchaseId,
        @JsonProperty("acknowledgeState") int acknowledgeState,
        @JsonProperty("quantity") int quantity) {

    /** @return whether the purchase is consumed (consumptionState 1) */
    public boolean isConsumed() {
        return consumptionState == 1;
    }

    /** @return whether the purchase is cancelled (purchaseState 1) */
    public boolean isCancelled() {
        return purchaseState == 1;
    }

    /** @return whether the purchase is acknowledged (acknowledgeState 1) */
    public boolean isAcknowledged() {
        return acknowledgeState == 1;
    }

    /** @return the purchase time */
    public Instant purchaseTimeInstant() {
        return Instant.ofEpochMilli(purchaseTime);
    }
}
