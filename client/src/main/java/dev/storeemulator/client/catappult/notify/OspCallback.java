package dev.storeemulator.client.catappult.notify;

/**
 * A One-Step Payment callback: Catappult POSTs {@code {"transaction": "<JSON string>"}} to the {@code callback_url}
 * of the payment. Verify it before granting: {@code GET https://api.catappult.io/broker/8.20200101/transactions/{uid}}
 * must answer the same {@code uid}, {@code reference}, {@code domain}, {@code product} and {@code price}.
 *
 * @param uid       the transaction's id
 * @param reference the developer's order reference
 * @param domain    the app's package name
 * @param product   the product
 * @param status    e.g. {@code COMPLETED}
 * @param price     what was paid
 */
public record OspCallback(String uid, String reference, String domain, String product, String status, Price price) {

    /** A price: {@code value} in {@code currency}, and in AppCoins, as the strings sent. */
    public record Price(String currency, String value, String appc) {}
}
