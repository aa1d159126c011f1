package dev.storeemulator.emulator.onestore;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An in-app purchase. A purchase neither consumed nor acknowledged within {@link #AUTO_REFUND_AFTER}
 * is cancelled automatically at that moment (ONE store's 3-day rule), which {@link #voidedAt} reflects
 * for any reading of the clock.
 */
public record OneStorePurchase(
        String purchaseId,
        String packageName,
        String productId,
        Instant purchaseTime,
        String developerPayload,
        boolean consumed,
        boolean acknowledged,
        Instant voidedTime,
        String purchaseToken,
        int quantity,
        Pricing pricing) {
    public static final Duration AUTO_REFUND_AFTER = Duration.ofDays(3);

    /**
     * What PNS messages tell of a purchase and the purchase APIs do not, as the fixtures give it (nulls kept, so an
     * export writes back only what was given); [DECIDED] defaults "1000" KRW, the productId as its name, paid by
     * {@code CREDITCARD}.
     */
    public record Pricing(String price, String priceCurrencyCode, String productName, String paymentMethod) {
        public static final Pricing DEFAULT = new Pricing(null, null, null, null);

        public String priceOrDefault() {
            return price == null ? "1000" : price;
        }

        public String currencyOrDefault() {
            return priceCurrencyCode == null ? "KRW" : priceCurrencyCode;
        }

        public String nameOr(String productId) {
            return productName == null ? productId : productName;
        }

        public String paymentMethodOrDefault() {
            return paymentMethod == null ? "CREDITCARD" : paymentMethod;
        }
    }

    /** A purchase with the default pricing. */
    public OneStorePurchase(
            String purchaseId,
            String packageName,
            String productId,
            Instant purchaseTime,
            String developerPayload,
            boolean consumed,
            boolean acknowledged,
            Instant voidedTime,
            String purchaseToken,
            int quantity) {
        this(
                purchaseId,
                packageName,
                productId,
                purchaseTime,
                developerPayload,
                consumed,
                acknowledged,
                voidedTime,
                purchaseToken,
                quantity,
                Pricing.DEFAULT);
    }

    /** A purchase whose v7 purchase token is its purchaseId, for one item. */
    public OneStorePurchase(
            String purchaseId,
            String packageName,
            String productId,
            Instant purchaseTime,
            String developerPayload,
            boolean consumed,
            boolean acknowledged,
            Instant voidedTime) {
        this(
                purchaseId,
                packageName,
                productId,
                purchaseTime,
                developerPayload,
                consumed,
                acknowledged,
                voidedTime,
                purchaseId,
                1);
    }

    public OneStorePurchase {
        Objects.requireNonNull(purchaseId, "purchaseId");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(purchaseTime, "purchaseTime");
        developerPayload = developerPayload == null ? "" : developerPayload;
        purchaseToken = purchaseToken == null ? purchaseId : purchaseToken;
        pricing = pricing == null ? Pricing.DEFAULT : pricing;
    }

    /** When this purchase was (or will have been) cancelled as of {@code now}; null while it stands. */
    public Instant voidedAt(Instant now) {
        if (voidedTime != null) {
            return voidedTime;
        }
        Instant autoRefund = purchaseTime.plus(AUTO_REFUND_AFTER);
        return !consumed && !acknowledged && !now.isBefore(autoRefund) ? autoRefund : null;
    }

    /** Consumed now; InvalidPurchaseState if already consumed or cancelled. */
    public OneStorePurchase consumed(Instant now) {
        refuseIf(consumed, "The purchase is already consumed.");
        refuseIf(voidedAt(now) != null, "The purchase is cancelled.");
        return new OneStorePurchase(
                purchaseId,
                packageName,
                productId,
                purchaseTime,
                developerPayload,
                true,
                acknowledged,
                voidedTime,
                purchaseToken,
                quantity,
                pricing);
    }

    /** Acknowledged now; InvalidPurchaseState if already acknowledged or cancelled. */
    public OneStorePurchase acknowledged(Instant now) {
        refuseIf(acknowledged, "The purchase is already acknowledged.");
        refuseIf(voidedAt(now) != null, "The purchase is cancelled.");
        return new OneStorePurchase(
                purchaseId,
                packageName,
                productId,
                purchaseTime,
                developerPayload,
                consumed,
                true,
                voidedTime,
                purchaseToken,
                quantity,
                pricing);
    }

    /** Cancelled (refunded) now; InvalidPurchaseState if it already is. */
    public OneStorePurchase refunded(Instant now) {
        refuseIf(voidedAt(now) != null, "The purchase is already cancelled.");
        return new OneStorePurchase(
                purchaseId,
                packageName,
                productId,
                purchaseTime,
                developerPayload,
                consumed,
                acknowledged,
                now,
                purchaseToken,
                quantity,
                pricing);
    }

    private static void refuseIf(boolean refused, String message) {
        if (refused) {
            throw new OneStoreException(OneStoreError.INVALID_PURCHASE_STATE, message);
        }
    }
}
