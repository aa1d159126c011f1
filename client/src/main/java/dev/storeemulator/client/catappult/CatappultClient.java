package dev.storeemulator.client.catappult;

import dev.storeemulator.client.http.Idempotency;
import dev.storeemulator.client.http.JsonTransport;
import dev.storeemulator.client.http.RetryPolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A client of Catappult's (Aptoide Connect) server-to-server validation API, working unchanged against the
 * real store and the store emulator: only {@link CatappultClientBuilder#baseUrl(String)} differs.
 *
 * <pre>{@code CatappultClient client = CatappultClient.builder().build();
 * InAppPurchase p = client.getPurchase("com.example.game", "attempts", token); }</pre>
 *
 * <p>A returned record <b>is</b> the verdict "valid"; every other answer is a {@link CatappultException}
 * ({@link CatappultException#isNotFound()} for an unknown token, another package or SKU). Methods without a
 * suffix use the {@code productv2} family; {@code …Legacy} ones the older {@code product} family, whose
 * bodies are wrapped in {@code resource}. Connection failures, 5xx and 429 are retried under the builder's
 * {@link CatappultClientBuilder#retryPolicy(RetryPolicy) retry policy}. Instances are thread-safe.
 */
public final class CatappultClient {
    private static final String PRODUCT_V2 = "productv2";
    private static final String PRODUCT_LEGACY = "product";

    private final String baseUrl;
    private final String apiVersion;
    private final String apiKey;
    private final JsonTransport<CatappultException> http;

    CatappultClient(CatappultClientBuilder b) {
        this.baseUrl = b.baseUrl;
        this.apiVersion = b.apiVersion;
        this.apiKey = b.apiKey;
        this.http =
                new JsonTransport<>(b.connectTimeout, b.requestTimeout, Map.of(), b.retryPolicy, new CatappultErrors());
    }

    /**
     * Starts configuring a client.
     * @return a builder with the production host, API version 8.20191001 and 5 s / 10 s timeouts
     */
    public static CatappultClientBuilder builder() {
        return new CatappultClientBuilder();
    }

    /**
     * Validates an in-app purchase ({@code productv2} family).
     * @param packageName the app's package name
     * @param productId   the SKU the app believes was bought
     * @param token       the purchase token, {@code catappult.inapp.purchase.…}
     * @return the purchase; check {@link InAppPurchase#isConsumed()} and {@link InAppPurchase#isCanceled()}
     * @throws CatappultException {@link CatappultException#isNotFound()} when the purchase is not valid
     */
    public InAppPurchase getPurchase(String packageName, String productId, String token) {
        return get(
                PRODUCT_V2, packageName, "products/" + seg(productId) + "/tokens/" + seg(token), InAppPurchase.class);
    }

    /**
     * Validates an in-app purchase on the legacy {@code product} family (numeric time, no currency).
     * @param packageName the app's package name
     * @param productId   the SKU
     * @param token       the purchase token
     * @return the purchase, with a null {@link InAppPurchase#currency()}
     * @throws CatappultException {@link CatappultException#isNotFound()} when the purchase is not valid
     */
    public InAppPurchase getPurchaseLegacy(String packageName, String productId, String token) {
        return get(
                PRODUCT_LEGACY,
                packageName,
                "products/" + seg(productId) + "/tokens/" + seg(token),
                InAppPurchase.class);
    }

    /**
     * Validates a subscription ({@code productv2} family). An expired one is still returned.
     * @param packageName the app's package name
     * @param productId   the subscription SKU
     * @param token       the purchase token
     * @return the subscription; check {@link SubscriptionPurchase#isActiveAt(Instant)}
     * @throws CatappultException {@link CatappultException#isNotFound()} when the subscription is not valid
     */
    public SubscriptionPurchase getSubscription(String packageName, String productId, String token) {
        return get(
                PRODUCT_V2,
                packageName,
                "subscriptions/" + seg(productId) + "/tokens/" + seg(token),
                SubscriptionPurchase.class);
    }

    /**
     * Validates a subscription on the legacy {@code product} family.
     * @param packageName the app's package name
     * @param productId   the subscription SKU
     * @param token       the purchase token
     * @return the subscription
     * @throws CatappultException {@link CatappultException#isNotFound()} when the subscription is not valid
     */
    public SubscriptionPurchase getSubscriptionLegacy(String packageName, String productId, String token) {
        return get(
                PRODUCT_LEGACY,
                packageName,
                "subscriptions/" + seg(productId) + "/tokens/" + seg(token),
                SubscriptionPurchase.class);
    }

    /**
     * Acknowledges a subscription, sending the configured Api-Key; acknowledging twice is harmless.
     * @param packageName the app's package name
     * @param productId   the subscription SKU
     * @param token       the purchase token
     * @throws CatappultException 401 {@code Authorization.Unauthorized} without a valid Api-Key; 404 when
     *                            there is no such subscription; anything but 204 is a failure. Retried as a
     *                            non-idempotent call; a repeat answers 204, so a retry never reports "already done"
     */
    public void acknowledgeSubscription(String packageName, String productId, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(
                        PRODUCT_V2,
                        packageName,
                        "subscriptions/" + seg(productId) + "/tokens/" + seg(token) + "/acknowledge"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (apiKey != null) {
            request.header("Api-Key", apiKey);
        }
        http.expect(http.send(request, Idempotency.NON_IDEMPOTENT), 204);
    }

    /**
     * Lists the purchases of a package voided (refunded, charged back) at or after {@code startTime}.
     * @param packageName the app's package name
     * @param startTime   the earliest voided time wanted (sent in epoch milliseconds)
     * @return the voided purchases, oldest first as the store sends them; may be empty
     * @throws CatappultException e.g. 400 {@code Request.Invalid} for a start time the store refuses
     */
    public List<VoidedPurchase> getVoidedPurchases(String packageName, Instant startTime) {
        String query =
                "?startTime=" + Objects.requireNonNull(startTime, "startTime").toEpochMilli();
        return get(PRODUCT_V2, packageName, "voidedpurchases" + query, VoidedPurchasesList.class, false)
                .items();
    }

    /**
     * The retry policy calls are sent under.
     * @return the policy
     */
    public RetryPolicy retryPolicy() {
        return http.retryPolicy();
    }

    private <T> T get(String family, String packageName, String rest, Class<T> type) {
        return get(family, packageName, rest, type, PRODUCT_LEGACY.equals(family));
    }

    private <T> T get(String family, String packageName, String rest, Class<T> type, boolean wrapped) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(family, packageName, rest)).GET();
        return http.read(
                http.expect(http.send(request, Idempotency.IDEMPOTENT), 200), type, wrapped ? "resource" : null);
    }

    private URI uri(String family, String packageName, String rest) {
        return URI.create(baseUrl + "/" + family + "/" + seg(apiVersion) + "/google/inapp/v3/applications/"
                + seg(packageName) + "/purchases/" + rest);
    }

    /** Percent-encodes one path segment (spaces as %20, never +). */
    private static String seg(String value) {
        return URLEncoder.encode(Objects.requireNonNull(value, "path segment"), StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
