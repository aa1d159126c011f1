package dev.storeemulator.emulator.onestore;

import java.time.Instant;
import java.util.Objects;

/** A monthly auto-renewing series; {@code renewing} false means its cancellation is reserved. */
public record RecurringPurchase(String purchaseId, String packageName, String productId, Instant startTime,
                                Instant expiryTime, boolean renewing, String developerPayload) {
    public RecurringPurchase {
        Objects.requireNonNull(purchaseId, "purchaseId");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(expiryTime, "expiryTime");
        developerPayload = developerPayload == null ? "" : developerPayload;
    }

    public boolean isActiveAt(Instant now) {
        return expiryTime.isAfter(now);
    }

    public RecurringPurchase withRenewing(boolean value) {
        return new RecurringPurchase(purchaseId, packageName, productId, startTime, expiryTime, value, developerPayload);
    }
}
