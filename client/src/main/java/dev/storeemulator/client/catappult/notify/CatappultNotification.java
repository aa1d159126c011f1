package dev.storeemulator.client.catappult.notify;

import java.time.Instant;

/**
 * A Real-Time Developer Notification Catappult POSTed to your server, in Google Play's envelope. It carries no
 * signature: re-query the purchase through the validation API before acting on it.
 */
public sealed interface CatappultNotification
        permits CatappultNotification.OneTimeProductEvent,
                CatappultNotification.SubscriptionEvent,
                CatappultNotification.VoidedPurchaseEvent,
                CatappultNotification.TestEvent {

    /** @return the app */
    String packageName();

    /** @return when it happened */
    Instant eventTime();

    /**
     * A one-time product: {@code notificationType} 1 COMPLETED, 2 CANCELED.
     *
     * @param type the named type, {@code UNKNOWN} for another code
     */
    record OneTimeProductEvent(
            String packageName,
            Instant eventTime,
            OneTimeType type,
            int notificationType,
            String purchaseToken,
            String sku)
            implements CatappultNotification {}

    /** A one-time product's event. */
    enum OneTimeType {
        COMPLETED,
        CANCELED,
        UNKNOWN;

        static OneTimeType of(int code) {
            return code == 1 ? COMPLETED : code == 2 ? CANCELED : UNKNOWN;
        }
    }

    /**
     * A subscription event, Google's codes (2 RENEWED, 3 CANCELED, 4 PURCHASED, 12 REVOKED, 13 EXPIRED…).
     *
     * @param type the named type, {@code UNKNOWN} for another code
     */
    record SubscriptionEvent(
            String packageName,
            Instant eventTime,
            dev.storeemulator.client.onestore.pns.SubscriptionEvent type,
            int notificationType,
            String purchaseToken,
            String subscriptionId)
            implements CatappultNotification {}

    /**
     * A refund or chargeback.
     *
     * @param productType 1 subscription, 2 one-time product
     * @param refundType  1 full, 2 partial
     */
    record VoidedPurchaseEvent(
            String packageName,
            Instant eventTime,
            String purchaseToken,
            String orderId,
            int productType,
            int refundType)
            implements CatappultNotification {}

    /** A test notification, sent when asked for. */
    record TestEvent(String packageName, Instant eventTime, String version) implements CatappultNotification {}
}
