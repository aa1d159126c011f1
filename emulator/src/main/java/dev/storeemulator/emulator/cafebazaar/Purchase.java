package dev.storeemulator.emulator.cafebazaar;

import java.time.Instant;
import java.util.Objects;

/** An in-app purchase as the emulated store holds it. Immutable; state changes replace it atomically. */
public record Purchase(
        String token,
        String packageName,
        String productId,
        Instant purchaseTime,
        String developerPayload,
        boolean consumed,
        boolean refunded) {

    public Purchase {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(purchaseTime, "purchaseTime");
        developerPayload = developerPayload == null ? "" : developerPayload;
    }

    public Purchase withConsumed(boolean value) {
        return new Purchase(token, packageName, productId, purchaseTime, developerPayload, value, refunded);
    }

    public Purchase withRefunded(boolean value) {
        return new Purchase(token, packageName, productId, purchaseTime, developerPayload, consumed, value);
    }
}
