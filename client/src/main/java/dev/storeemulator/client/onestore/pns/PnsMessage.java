package dev.storeemulator.client.onestore.pns;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A message ONE store POSTs to the developer's server: a payment ({@link PaymentNotification}, PNS) or a subscription
 * event ({@link SubscriptionNotification}, SNS).
 *
 * <p>ONE store warns that these messages may be delayed, lost or sent more than once: they are a hint, not the
 * record. A backend acts idempotently (keyed on the purchase id), and asks the store's server API for the purchase's
 * state before it grants or takes anything back.
 */
public sealed interface PnsMessage permits PnsMessage.PaymentNotification, PnsMessage.SubscriptionNotification {

    /**
     * Reads a message without checking its signature, for tests, tools and logs. A server that acts on a message
     * uses {@link OneStorePnsVerifier#verify(String)} instead.
     * @param body the request body
     * @return the payment message, or the subscription message when the body has a {@code subscriptionNotification}
     * @throws IllegalArgumentException when the body is not JSON, not an object, or lacks or mistypes a field the
     *     records need ({@code clientId}, {@code purchaseId}, {@code purchaseState}; {@code notificationType},
     *     {@code purchaseToken} of a subscription)
     */
    static PnsMessage parse(String body) {
        if (body == null) {
            throw new IllegalArgumentException("no body");
        }
        return PnsParser.message(PnsParser.tree(body.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The version of the message format.
     * @return {@code 3.1.0}, or {@code 3.1.0D} in the sandbox
     */
    String msgVersion();

    /**
     * The app the message is for.
     * @return the app's client id (its package name)
     */
    String clientId();

    /**
     * Where the purchase was made, as sent; see {@link Environment}.
     * @return {@code SANDBOX} or {@code COMMERCIAL}, or null when absent
     */
    String environment();

    /**
     * The market.
     * @return {@code MKT_ONE} (ONE store Korea) or {@code MKT_GLB} (global), or null when absent
     */
    String marketCode();

    /**
     * The whole message as received, unknown fields and {@code signature} included.
     * @return a copy of the message's JSON object, members in the order received
     */
    ObjectNode raw();

    /**
     * Whether the message comes from the sandbox.
     * @return true when {@code environment} is {@code SANDBOX}
     */
    default boolean isSandbox() {
        return Environment.SANDBOX.name().equals(environment());
    }

    /**
     * The members this library does not name (e.g. {@code serviceUserId}), kept as received; they are part of the
     * signed text like every other member.
     * @return the unknown members, in the order received; empty when there are none
     */
    default Map<String, JsonNode> extra() {
        return PnsParser.extra(
                raw(),
                this instanceof SubscriptionNotification ? PnsParser.SUBSCRIPTION_FIELDS : PnsParser.PAYMENT_FIELDS);
    }

    /**
     * A payment message (PNS, {@code messageType} {@code SINGLE_PAYMENT_TRANSACTION}): a purchase was completed or
     * cancelled.
     *
     * @param msgVersion        {@code 3.1.0}, or {@code 3.1.0D} in the sandbox
     * @param clientId          the app's package name
     * @param productId         the product bought
     * @param messageType       {@code SINGLE_PAYMENT_TRANSACTION}
     * @param purchaseId        the purchase's id (what the purchase API takes)
     * @param developerPayload  what the app attached to the purchase; may be null
     * @param purchaseTime      {@code purchaseTimeMillis} as an instant; null when absent
     * @param purchaseState     {@code COMPLETED} or {@code CANCELED}
     * @param price             the price, as the string ONE store sends (e.g. {@code "1100"})
     * @param priceCurrencyCode e.g. {@code KRW}
     * @param productName       the product's display name
     * @param paymentTypeList   how it was paid; empty when absent
     * @param billingKey        may be null
     * @param isTestMdn         whether a test phone number made the purchase
     * @param purchaseToken     the purchase token
     * @param environment       {@code SANDBOX} or {@code COMMERCIAL}
     * @param marketCode        {@code MKT_ONE} or {@code MKT_GLB}
     * @param raw               the message as received
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

        /** The {@code purchaseState} of a completed purchase. */
        public static final String COMPLETED = "COMPLETED";
        /** The {@code purchaseState} of a cancelled (refunded) purchase. */
        public static final String CANCELED = "CANCELED";

        /** Keeps immutable copies of the list and the tree. */
        public PaymentNotification {
            paymentTypeList = paymentTypeList == null ? List.of() : List.copyOf(paymentTypeList);
            raw = raw == null ? null : raw.deepCopy();
        }

        @Override
        public ObjectNode raw() {
            return raw == null ? null : raw.deepCopy();
        }

        /**
         * Whether the purchase was completed.
         * @return true when {@code purchaseState} is {@code COMPLETED}
         */
        public boolean isCompleted() {
            return COMPLETED.equals(purchaseState);
        }

        /**
         * Whether the purchase was cancelled (refunded).
         * @return true when {@code purchaseState} is {@code CANCELED}
         */
        public boolean isCanceled() {
            return CANCELED.equals(purchaseState);
        }

        /**
         * What a backend should do before acting on this message. A {@code CANCELED} message means: re-query the
         * purchase (the purchase details, or the voided purchases list) and revoke only what the store confirms as
         * cancelled. PNS may be delayed, lost or duplicated, so a message alone is no proof: a late one may describe
         * a state that has changed since, and a lost one is only found by querying. A {@code COMPLETED} message
         * needs no re-query to be trusted once verified, but grant it idempotently (by {@link #purchaseId()}, since
         * it may come twice) and still consume or acknowledge the purchase through the API as usual.
         * @return true for a {@code CANCELED} message
         */
        public boolean requiresRequery() {
            return isCanceled();
        }
    }

    /**
     * One way a payment was made.
     *
     * @param paymentMethod e.g. {@code CREDITCARD}
     * @param amount        the amount paid that way, as the string sent (e.g. {@code "1100"})
     */
    record PaymentType(String paymentMethod, String amount) {}

    /**
     * A subscription message (SNS): {@code subscriptionNotification} with Google's {@code notificationType} codes.
     *
     * @param msgVersion       {@code 3.1.0}, or {@code 3.1.0D} in the sandbox
     * @param clientId         the app's package name
     * @param eventTime        {@code eventTimeMillis} as an instant; null when absent
     * @param productId        the subscription product
     * @param event            the named event, {@link SubscriptionEvent#UNKNOWN} for a code this library does not know
     * @param notificationType the code as sent (kept also when unknown)
     * @param purchaseToken    the series' purchase id (what recurring-details takes)
     * @param environment      {@code SANDBOX} or {@code COMMERCIAL}
     * @param marketCode       {@code MKT_ONE} or {@code MKT_GLB}
     * @param raw              the message as received
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
            implements PnsMessage {

        /** Keeps an immutable copy of the tree. */
        public SubscriptionNotification {
            raw = raw == null ? null : raw.deepCopy();
        }

        @Override
        public ObjectNode raw() {
            return raw == null ? null : raw.deepCopy();
        }
    }
}
