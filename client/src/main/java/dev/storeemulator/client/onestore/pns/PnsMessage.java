package dev.storeemulator.client.onestore.pns;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A message ONE store POSTs to the developer's server: a payment ({@link PaymentNotification}, PNS) or a subscription
 * event ({@link SubscriptionNotification}, SNS). ONE store warns that messages may be delayed, lost or repeated: a
 * backend acts idempotently, and re-queries the store before it takes anything back.
 */
public sealed interface PnsMessage permits PnsMessage.PaymentNotification, PnsMessage.SubscriptionNotification {

    /** @return {@code 3.1.0}, or {@code 3.1.0D} in the sandbox */
    String msgVersion();

    /** @return the app's client id (its package name) */
    String clientId();

    /** @return {@code SANDBOX} or {@code COMMERCIAL} */
    String environment();

    /** @return {@code MKT_ONE} or {@code MKT_GLB} */
    String marketCode();

    /** @return the whole message as received, unknown fields included */
    ObjectNode raw();

    /**
     * A payment message.
     *
     * @param purchaseState {@code COMPLETED} or {@code CANCELED}
     * @param price         the price, as the string ONE store sends
     */
    record PaymentNotification(
            String msgVersion,
            String clientId,
            String productId,
            String messageType,
            String purchaseId,
            String developerPayload,
            Instant purchaseTime,
            String purchaseState,
            String price,
            String priceCurrencyCode,
            String productName,
            List<PaymentType> paymentTypeList,
            String billingKey,
            boolean isTestMdn,
            String purchaseToken,
            String environment,
            String marketCode,
            ObjectNode raw)
            implements PnsMessage {

        /** @return whether the purchase was cancelled (refunded) */
        public boolean isCanceled() {
            return "CANCELED".equals(purchaseState);
        }

        /**
         * @return true for a CANCELED message: query the purchase (purchase details, voided purchases) before
         *     revoking, as ONE store's own guidance says; a COMPLETED one is still to be consumed or acknowledged
         */
        public boolean requiresRequery() {
            return isCanceled();
        }
    }

    /** One way the payment was made, e.g. {@code CREDITCARD} for {@code "1100"}. */
    record PaymentType(String paymentMethod, String amount) {}

    /**
     * A subscription message.
     *
     * @param purchaseToken the series' purchase id (what recurring-details takes)
     */
    record SubscriptionNotification(
            String msgVersion,
            String clientId,
            Instant eventTime,
            String productId,
            SubscriptionEvent event,
            int notificationType,
            String purchaseToken,
            String environment,
            String marketCode,
            ObjectNode raw)
            implements PnsMessage {}
}
