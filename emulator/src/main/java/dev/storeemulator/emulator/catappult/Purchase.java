package dev.storeemulator.emulator.catappult;

import java.time.Instant;

/** An in-app purchase as the store holds it; a {@code voidedTime} makes it canceled from then on. */
public record Purchase(
        String token,
        String packageName,
        String productId,
        Instant purchaseTime,
        String developerPayload,
        String orderId,
        boolean consumed,
        boolean acknowledged,
        String regionCode,
        String currency,
        Instant voidedTime,
        int voidedReason) {

    /** Canceled once its void time has come: a fixture may schedule a refund for later. */
    public boolean canceledAt(Instant now) {
        return voidedTime != null && !voidedTime.isAfter(now);
    }

    Purchase consumedNow() {
        return new Purchase(
                token,
                packageName,
                productId,
                purchaseTime,
                developerPayload,
                orderId,
                true,
                acknowledged,
                regionCode,
                currency,
                voidedTime,
                voidedReason);
    }

    Purchase acknowledgedNow() {
        return new Purchase(
                token,
                packageName,
                productId,
                purchaseTime,
                developerPayload,
                orderId,
                consumed,
                true,
                regionCode,
                currency,
                voidedTime,
                voidedReason);
    }

    /** Voided (refunded, unless the fixtures gave another reason) at {@code now}. */
    Purchase refundedAt(Instant now) {
        return new Purchase(
                token,
                packageName,
                productId,
                purchaseTime,
                developerPayload,
                orderId,
                consumed,
                acknowledged,
                regionCode,
                currency,
                now,
                voidedReason);
    }
}
