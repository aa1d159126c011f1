package dev.storeemulator.client.catappult.notify;

/**
 * A One-Step Payment callback: when a payment completes, Catappult POSTs {@code {"transaction": "<JSON string>"}}
 * to the payment's {@code callback_url}; read one with {@link CatappultNotifications#parseOspCallback(String)}.
 *
 * <p>Like the notifications it is unsigned. Before granting, a backend fetches the transaction from the broker,
 * {@code GET https://api.catappult.io/broker/8.20200101/transactions/{uid}} (no credentials), and checks that it is
 * {@code COMPLETED} with the {@code domain}, {@code product}, {@code reference} and {@code price} it expects.
 *
 * @param transaction     the transaction the callback tells of
 * @param transactionJson the inner JSON text as sent, for logs and audits
 */
public record OspCallback(Transaction transaction, String transactionJson) {

    /**
     * The transaction inside a callback.
     *
     * @param uid       the transaction's id (what the broker's {@code transactions/{uid}} takes)
     * @param reference the developer's order reference; null when absent
     * @param domain    the app's package name; null when absent
     * @param product   the product; null when absent
     * @param status    e.g. {@code COMPLETED}; null when absent
     * @param price     what was paid; null when absent
     */
    public record Transaction(String uid, String reference, String domain, String product, String status, Price price) {

        /**
         * Whether the callback says the payment completed (still to be confirmed with the broker).
         * @return true when {@code status} is {@code COMPLETED}
         */
        public boolean isCompleted() {
            return "COMPLETED".equals(status);
        }
    }

    /**
     * A price, as the strings sent.
     *
     * @param currency e.g. {@code EUR}; null when absent
     * @param value    the amount in {@code currency}, e.g. {@code "0.99"}; null when absent
     * @param appc     the amount in AppCoins; null when absent
     */
    public record Price(String currency, String value, String appc) {}
}
