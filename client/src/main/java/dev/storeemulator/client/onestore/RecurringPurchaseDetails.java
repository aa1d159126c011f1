package dev.storeemulator.client.onestore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * The answer of getRecurringPurchaseDetails and getLastRecurringPurchaseDetails (a monthly auto-renewing
 * product). Times are epoch milliseconds. The field names are the emulator's documented choice: ONE store
 * publishes no v2 body for these endpoints.
 *
 * @param purchaseId       the purchase id of the series (or of its latest payment)
 * @param productId        the product id
 * @param purchaseTime     when the payment was made
 * @param startTime        when the current period started
 * @param expiryTime       when the current period ends
 * @param nextPaymentTime  when the next payment is due; null when no renewal is scheduled
 * @param recurringState   0 = renewing, 1 = cancellation reserved
 * @param developerPayload the payload the app sent; may be null or empty
 * @param purchaseState    0 = purchased, 1 = cancelled
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecurringPurchaseDetails(
        @JsonProperty("purchaseId") String purchaseId,
        @JsonProperty("productId") String productId,

        @JsonProperty(value = "purchaseTime", required = true)
        long purchaseTime,

        @JsonProperty(value = "startTime", required = true) long startTime,
        @JsonProperty(value = "expiryTime", required = true) long expiryTime,
        @JsonProperty("nextPaymentTime") Long nextPaymentTime,

        @JsonProperty(value = "recurringState", required = true)
        int recurringState,

        @JsonProperty("developerPayload") String developerPayload,
        @JsonProperty("purchaseState") int purchaseState) {

    /** The {@code recurringState} of a series that renews. */
    public static final int RENEWING = 0;
    /** The {@code recurringState} of a series whose cancellation is reserved. */
    public static final int CANCEL_RESERVED = 1;

    /**
     * Whether the series will renew at the end of the current period.
     * @return true when {@code recurringState} is 0
     */
    public boolean isRenewing() {
        return recurringState == RENEWING;
    }

    /**
     * Whether the series gives access at {@code instant}: not cancelled, started, and not yet expired.
     * A series whose cancellation is reserved stays active until its expiry.
     * @param instant the moment to check, e.g. {@code clock.instant()}
     * @return true when {@code startTime <= instant < expiryTime} and {@code purchaseState} is 0
     */
    public boolean isActiveAt(Instant instant) {
        long at = Objects.requireNonNull(instant, "instant").toEpochMilli();
        return purchaseState == 0 && startTime <= at && at < expiryTime;
    }

    /**
     * The end of the current period as an instant.
     * @return {@code expiryTime} read as epoch milliseconds
     */
    public Instant expiryTimeInstant() {
        return Instant.ofEpochMilli(expiryTime);
    }

    /**
     * The next payment as an instant.
     * @return {@code nextPaymentTime} read as epoch milliseconds, or null when there is none
     */
    public Instant nextPaymentTimeInstant() {
        return nextPaymentTime == null ? null : Instant.ofEpochMilli(nextPaymentTime);
    }
}
