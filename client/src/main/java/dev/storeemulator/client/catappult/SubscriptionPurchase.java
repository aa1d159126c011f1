package dev.storeemulator.client.catappult;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A validated subscription, from either family (the legacy one wraps it in {@code resource}). The store
 * sends the times and the price as strings; they are read as numbers here.
 *
 * <p>An expired subscription is still a valid answer: compare with {@link #isActiveAt(Instant)}.
 *
 * @param kind                 {@code androidpublisher#subscriptionPurchase}
 * @param startTimeMillis      when the subscription started, epoch milliseconds
 * @param expiryTimeMillis     when the paid period ends, epoch milliseconds
 * @param autoRenewing         whether it renews at expiry
 * @param priceCurrencyCode    the ISO 4217 currency of the price
 * @param priceAmountMicros    the price in millionths of the currency unit
 * @param countryCode          the buyer's country, e.g. {@code PT}
 * @param developerPayload     the payload the app sent; may be empty
 * @param paymentState         0 = payment pending, 1 = payment received
 * @param orderId              the order id
 * @param acknowledgementState 0 = pending, 1 = acknowledged
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionPurchase(
        @JsonProperty("kind") String kind,

        @JsonProperty(value = "startTimeMillis", required = true)
        long startTimeMillis,

        @JsonProperty(value = "expiryTimeMillis", required = true)
        long expiryTimeMillis,

        @JsonProperty("autoRenewing") boolean autoRenewing,
        @JsonProperty("priceCurrencyCode") String priceCurrencyCode,
        @JsonProperty("priceAmountMicros") long priceAmountMicros,
        @JsonProperty("countryCode") String countryCode,
        @JsonProperty("developerPayload") String developerPayload,
        @JsonProperty("paymentState") int paymentState,
        @JsonProperty("orderId") String orderId,
        @JsonProperty("acknowledgementState") int acknowledgementState) {

    /**
     * The start time as an instant.
     * @return {@code startTimeMillis} read as epoch milliseconds
     */
    public Instant startTime() {
        return Instant.ofEpochMilli(startTimeMillis);
    }

    /**
     * The end of the paid period as an instant.
     * @return {@code expiryTimeMillis} read as epoch milliseconds
     */
    public Instant expiryTime() {
        return Instant.ofEpochMilli(expiryTimeMillis);
    }

    /**
     * Whether the subscription entitles the user at {@code instant}.
     * @param instant the moment to judge, e.g. now
     * @return true when {@code instant} is before {@link #expiryTime()}
     */
    public boolean isActiveAt(Instant instant) {
        return instant.isBefore(expiryTime());
    }

    /**
     * Whether the subscription has been acknowledged.
     * @return true when {@code acknowledgementState} is 1
     */
    public boolean isAcknowledged() {
        return acknowledgementState == 1;
    }
}
