package dev.storeemulator.client.onestore;

import static dev.storeemulator.client.onestore.OneStorePaths.segment;

import dev.storeemulator.client.http.Idempotency;
import dev.storeemulator.client.http.JsonTransport;

/**
 * ONE store's v7 in-app calls, by purchase token (from {@link OneStoreClient#v7()}): details, consume and
 * acknowledge. They share the client's token handling; errors are {@link OneStoreException}s.
 */
public final class OneStoreV7 {
    private final String packageName;
    private final JsonTransport<OneStoreException> http;
    private final ApiCaller caller;

    OneStoreV7(String packageName, JsonTransport<OneStoreException> http, ApiCaller caller) {
        this.packageName = packageName;
        this.http = http;
        this.caller = caller;
    }

    /**
     * {@code GET /v7/apps/{clientId}/purchases/inapp/products/{productId}/{purchaseToken}}.
     *
     * @param productId     the in-app product
     * @param purchaseToken the token the app received with the purchase
     * @return the purchase, with purchaseId, acknowledgeState and quantity
     * @throws OneStoreException {@link OneStoreException#isNoSuchData()} for an unknown token or another product
     */
    public InAppPurchaseV7 getPurchase(String productId, String purchaseToken) {
        return http.read(caller.get(inapp(productId, purchaseToken)), InAppPurchaseV7.class);
    }

    /**
     * {@code POST …/consume} with {@code {"developerPayload": …}}.
     *
     * @param productId        the in-app product
     * @param purchaseToken    the purchase's token
     * @param developerPayload sent along, or null to send an empty object
     * @throws OneStoreException {@link OneStoreException#isInvalidPurchaseState()} when consumed or cancelled (after
     *                           a retry, see {@link OneStoreException#isPossiblyDuplicate()})
     */
    public void consume(String productId, String purchaseToken, String developerPayload) {
        caller.call(
                "POST",
                inapp(productId, purchaseToken) + "/consume",
                payload(developerPayload),
                Idempotency.NON_IDEMPOTENT);
    }

    /**
     * {@code POST /v7/apps/{clientId}/purchases/all/products/{productId}/{purchaseToken}/acknowledge}: also
     * stops the store's automatic refund 3 days after purchase.
     *
     * @param productId        the product
     * @param purchaseToken    the purchase's token
     * @param developerPayload sent along, or null to send an empty object
     * @throws OneStoreException {@link OneStoreException#isInvalidPurchaseState()} when already acknowledged or
     *                           cancelled (after a retry, see {@link OneStoreException#isPossiblyDuplicate()})
     */
    public void acknowledge(String productId, String purchaseToken, String developerPayload) {
        caller.call(
                "POST",
                "/v7/apps/" + segment("clientId", packageName) + "/purchases/all/products/"
                        + segment("productId", productId) + "/" + segment("purchaseToken", purchaseToken)
                        + "/acknowledge",
                payload(developerPayload),
                Idempotency.NON_IDEMPOTENT);
    }

    private String inapp(String productId, String purchaseToken) {
        return "/v7/apps/" + segment("clientId", packageName) + "/purchases/inapp/products/"
                + segment("productId", productId) + "/" + segment("purchaseToken", purchaseToken);
    }

    private static String payload(String developerPayload) {
        if (developerPayload == null) {
            return "{}";
        }
        StringBuilder json = new StringBuilder("{\"developerPayload\":\"");
        for (char c : developerPayload.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append("\"}").toString();
    }
}
