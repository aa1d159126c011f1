package dev.storeemulator.client.catappult.notify;

import java.time.Instant;

/**
 * A Real-Time Developer Notification Catappult POSTed to your server, in Google Play's envelope
 * ({@code version}, {@code packageName}, {@code eventTimeMillis} and exactly one payload); read one with
 * {@link CatappultNotifications#parse(String)}.
 *
 * <p>It carries no signature, so anyone who knows the URL can send one: treat it as a hint that something changed,
 * and re-query the purchase or subscription through the validation API ({@code CatappultClient}) before acting.
 */
public sealed interface CatappultNotification
        permits CatappultNotification.OneTimeProductEvent,
                CatappultNotification.SubscriptionEvent,
                CatappultNotification.VoidedPurchaseEvent,
                CatappultNotification.TestEvent {

    /**
     * The app the notification is for.
     * @return its package name
     */
    String packageName();

    /**
     * When the event happened.
     * @return {@code eventTimeMillis} as an instant
     */
    Instant eventTime();

    /**
     * A one-time product was bought or cancelled ({@code oneTimeProductNotification}).
     *
     * @param packageName      the app
     * @param eventTime        when it happened
     * @param type             the named type, {@link OneTimeType#UNKNOWN} for another code
     * @param notificationType the code as sent (kept also when unknown)
     * @param purchaseToken    the purchase's token (what the validation API takes)
     * @param sku              the product; null when absent
     */
    record OneTimeProductEvent(
            String packageName,
            Instant eventTime,
            OneTimeType type,
            int notificationType,
            String purchaseToken,
            String sku)
            implements CatappultNotification {}

    /**
     * Something happened to a subscription ({@code subscriptionNotification}, Google's codes).
     *
     * @param packageName      the app
     * @param eventTime        when it happened
     * @param type             the named type, {@link SubscriptionType#UNKNOWN} for another code
     * @param notificationType the code as sent (kept also when unknown)
     * @param purchaseToken    the subscription's token
     * @param subscriptionId   the subscription product; null when absent
     */
    record SubscriptionEvent(
            String packageName,
            Instant eventTime,
            SubscriptionType type,
            int notificationType,
            String purchaseToken,
            String subscriptionId)
            implements CatappultNotification {}

    /**
     * A purchase was refunded or charged back ({@code voidedPurchaseNotification}).
     *
     * @param packageName     the app
     * @param eventTime       when it happened
     * @param purchaseToken   the voided purchase's token
     * @param orderId         its order id; null when absent
     * @param productType     what was voided, {@link VoidedProductType#UNKNOWN} for another code or none
     * @param productTypeCode {@code productType} as sent, 0 when absent
     * @param refundType      full or partial, {@link RefundType#UNKNOWN} for another code or none
     * @param refundTypeCode  {@code refundType} as sent, 0 when absent
     */
    record VoidedPurchaseEvent(
            String packageName,
            Instant eventTime,
            String purchaseToken,
            String orderId,
            VoidedProductType productType,
            int productTypeCode,
            RefundType refundType,
            int refundTypeCode)
            implements CatappultNotification {}

    /**
     * A test notification ({@code testNotification}), sent when asked for; nothing to act on.
     *
     * @param packageName the app
     * @param eventTime   when it was sent
     * @param version     the payload's {@code version}; null when absent
     */
    record TestEvent(String packageName, Instant eventTime, String version) implements CatappultNotification {}
}
