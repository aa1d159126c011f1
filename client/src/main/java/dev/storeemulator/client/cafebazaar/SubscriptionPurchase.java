package dev.storeemulator.client.cafebazaar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * The answer of the subscription status endpoint, field for field as Cafebazaar sends it.
 *
 * <p>Cafebazaar answers 200 for expired subscriptions too: always check {@link #isActiveAt(Instant)}
 * rather than trusting the status code.
 *
 * @param kind                    always {@code androidpublisher#subscriptionPurchase}
 * @param initiationTimestampMsec when the subscription started, epoch milliseconds
 * @param validUntilTimestampMsec the next anticipated billing, or the end when not renewing; epoch milliseconds
 * @param autoRenewing            whether the next billing happens automatically
 * @param linkedSubscriptionToken the token identifying the series across renewals; null on servers
 *                                that do not send it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionPurchase(
        @JsonProperty("kind") String kind,

        @JsonProperty(value = "initiationTimestampMsec", required = true)
        long initiationTimestampMsec,

        @JsonProperty(value = "validUntilTimestampMsec", required = true)
        long validUntilTimestampMsec,

        @JsonProperty(value = "autoRenewing", required = true)
        boolean autoRenewing,

        @JsonProperty("linkedSubscriptionToken") String linkedSubscriptionToken) {

    /**
     * When the subscription started.
     * @return {@code initiationTimestampMsec} as an instant
     */
    public Instant initiationInstant() {
        return Instant.ofEpochMilli(initiationTimestampMsec);
    }

    /**
     * When the subscription stops being valid unless it renews.
     * @return {@code validUntilTimestampMsec} as an instant
     */
    public Instant validUntilInstant() {
        return Instant.ofEpochMilli(validUntilTimestampMsec);
    }

    /**
     * Whether the subscription is valid at the given time.
     * @param now the time to check, typically {@code clock.instant()}
     * @return true when {@code validUntilTimestampMsec} is after {@code now}
     */
    public boolean isActiveAt(Instant now) {
        Objects.requireNonNull(now, "now");
        return validUntilInstant().isAfter(now);
    }
}
