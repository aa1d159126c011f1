package dev.storeemulator.emulator.catappult;

import dev.storeemulator.emulator.core.BillingPeriod;
import java.time.Instant;

/**
 * A subscription as the store holds it. While {@code autoRenewing}, it renews every {@code period}
 * under the same token (as on Google Play, whose format Catappult follows); once auto-renewal is off,
 * it lapses at {@code expiryTime}.
 */
public record Subscription(
        String token,
        String packageName,
        String productId,
        Instant startTime,
        Instant expiryTime,
        boolean autoRenewing,
        String priceCurrencyCode,
        long priceAmountMicros,
        String countryCode,
        String developerPayload,
        String orderId,
        boolean acknowledged,
        BillingPeriod period) {

    public Subscription {
        period = period == null ? BillingPeriod.MONTHLY : period;
    }

    public boolean isActiveAt(Instant now) {
        return expiryTime.isAfter(now);
    }

    /** The subscription as it stands at {@code now}: every period boundary passed while renewing was a renewal. */
    public Subscription renewedBy(Instant now) {
        if (!autoRenewing || expiryTime.isAfter(now)) {
            return this;
        }
        return until(period.renewalsBy(expiryTime, now).validUntil(), autoRenewing);
    }

    /** One period billed now: from expiryTime while still active, else (a restart) from now. */
    Subscription renewedNow(Instant now) {
        return until(period.after(isActiveAt(now) ? expiryTime : now), autoRenewing);
    }

    /** Ended now: expiryTime becomes now and auto-renewal stops. */
    Subscription expiredAt(Instant now) {
        return until(now, false);
    }

    Subscription cancelled() {
        return until(expiryTime, false);
    }

    Subscription acknowledgedNow() {
        return new Subscription(
                token,
                packageName,
                productId,
                startTime,
                expiryTime,
                autoRenewing,
                priceCurrencyCode,
                priceAmountMicros,
                countryCode,
                developerPayload,
                orderId,
                true,
                period);
    }

    private Subscription until(Instant newExpiryTime, boolean renewing) {
        return new Subscription(
                token,
                packageName,
                productId,
                startTime,
                newExpiryTime,
                renewing,
                priceCurrencyCode,
                priceAmountMicros,
                countryCode,
                developerPayload,
                orderId,
                acknowledged,
                period);
    }
}
