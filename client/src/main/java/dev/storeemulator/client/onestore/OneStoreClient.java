package dev.storeemulator.client.onestore;

import dev.storeemulator.client.http.Idempotency;
import dev.storeemulator.client.http.JsonTransport;
import dev.storeemulator.client.http.RetryPolicy;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A client of ONE store's In-App Purchase Server API v2, working unchanged against the real store and the
 * store emulator: only {@link OneStoreClientBuilder#baseUrl(String)} differs.
 *
 * <pre>{@code OneStoreClient client = OneStoreClient.builder().clientId("com.example.game").clientSecret("…").build();
 * PurchaseDetails p = client.getPurchaseDetails(purchaseId); }</pre>
 *
 * <p>The access token is cached and renewed once 600 s or less remain (the store answers earlier requests
 * with the same token); after a 401 a token is requested once more and the call retried once. Connection
 * failures, 5xx and 429 are retried under the builder's {@link OneStoreClientBuilder#retryPolicy(RetryPolicy)
 * retry policy}. Every failure is a {@link OneStoreException}. Instances are thread-safe; concurrent callers
 * share one renewal.
 */
public final class OneStoreClient {
    private final String baseUrl;
    private final String packageName;
    private final JsonTransport<OneStoreException> http;
    private final TokenSession session;
    private final ApiCaller caller;

    OneStoreClient(OneStoreClientBuilder b) {
        this.baseUrl = b.baseUrl;
        this.packageName = b.clientId;
        this.http =
                new JsonTransport<>(b.connectTimeout, b.requestTimeout, b.headers, b.retryPolicy, new OneStoreErrors());
        this.session = new TokenSession(http, baseUrl, b.clientId, b.clientSecret, b.clock);
        this.caller = new ApiCaller(http, baseUrl, session);
    }

    /**
     * Starts configuring a client.
     * @return a builder with the sandbox host, the system clock and 5 s / 10 s timeouts
     */
    public static OneStoreClientBuilder builder() {
        return new OneStoreClientBuilder();
    }

    /**
     * Calls getAccessToken now, whatever is cached, and keeps the answer for later calls. Rarely needed:
     * every API method obtains and renews the token itself.
     * @return the token endpoint's answer
     * @throws OneStoreException e.g. 401 {@code InvalidClient} for a wrong client id or secret
     */
    public AccessToken getAccessToken() {
        return session.request();
    }

    /**
     * Reads an in-app purchase of this client's package.
     * @param purchaseId the purchase id (at most 20 characters)
     * @return the purchase; note {@link PurchaseDetails#isConsumed()} (consumptionState 1 = consumed)
     * @throws OneStoreException {@link OneStoreException#isNoSuchData()} when there is no such purchase
     */
    public PurchaseDetails getPurchaseDetails(String purchaseId) {
        return get(OneStorePaths.details(purchaseId, packageName), PurchaseDetails.class);
    }

    /**
     * Reads an in-app purchase, checking it is a purchase of {@code productId} (the stronger check).
     * @param purchaseId the purchase id
     * @param productId  the product the app believes was bought
     * @return the purchase
     * @throws OneStoreException {@code NoSuchData} when there is no such purchase or it is of another product
     */
    public PurchaseDetails getPurchaseDetailsByProductId(String purchaseId, String productId) {
        return get(OneStorePaths.detailsByProductId(purchaseId, packageName, productId), PurchaseDetails.class);
    }

    /**
     * Reads a monthly auto-renewing purchase.
     * @param purchaseId the purchase id of the series
     * @return the series; check {@link RecurringPurchaseDetails#isActiveAt(Instant)}
     * @throws OneStoreException {@code NoSuchData} when there is no such series
     */
    public RecurringPurchaseDetails getRecurringPurchaseDetails(String purchaseId) {
        return get(OneStorePaths.recurringDetails(purchaseId, packageName), RecurringPurchaseDetails.class);
    }

    /**
     * Reads the latest payment of a monthly auto-renewing series.
     * @param purchaseId the purchase id of the series
     * @return the latest payment, in the same shape as {@link #getRecurringPurchaseDetails(String)}
     */
    public RecurringPurchaseDetails getLastRecurringPurchaseDetails(String purchaseId) {
        return get(OneStorePaths.lastRecurringDetails(purchaseId, packageName), RecurringPurchaseDetails.class);
    }

    /**
     * Reserves the cancellation of a renewing series; it stays valid until its expiry time.
     * @param purchaseId the purchase id of the series
     * @throws OneStoreException 409 {@code InvalidPurchaseState} when the cancellation is already reserved (after a
     *                           retry, see {@link OneStoreException#isPossiblyDuplicate()})
     */
    public void cancelRecurringPayment(String purchaseId) {
        managePaymentStatus(purchaseId, "cancel");
    }

    /**
     * Undoes a reserved cancellation, so the series renews again.
     * @param purchaseId the purchase id of the series
     * @throws OneStoreException 409 {@code InvalidPurchaseState} when the series is already renewing (after a
     *                           retry, see {@link OneStoreException#isPossiblyDuplicate()})
     */
    public void reactivateRecurringPayment(String purchaseId) {
        managePaymentStatus(purchaseId, "reactivate");
    }

    /**
     * Marks an in-app purchase consumed. Purchases neither consumed nor acknowledged are refunded
     * automatically 3 days after purchase.
     * @param purchaseId the purchase id
     * @throws OneStoreException 409 {@code InvalidPurchaseState} when already consumed or cancelled; after a
     *                           retry, {@link OneStoreException#isPossiblyDuplicate()} tells an earlier attempt
     *                           may have consumed
     */
    public void consumePurchase(String purchaseId) {
        caller.call("POST", OneStorePaths.consume(purchaseId, packageName), null, Idempotency.NON_IDEMPOTENT);
    }

    /**
     * Reads one page of cancelled (refunded) purchases of this client's package.
     * @param query the window, page size and continuation key; absent parameters are not sent
     * @return the page; {@link VoidedPurchasesPage#continuationKey()} is null on the last page
     * @throws OneStoreException 400 {@code InvalidParameter} e.g. for an end time after now
     */
    public VoidedPurchasesPage getVoidedPurchases(VoidedPurchasesQuery query) {
        String q = Objects.requireNonNull(query, "query").toQueryString();
        return get(
                OneStorePaths.voidedPurchases(packageName) + (q.isEmpty() ? "" : "?" + q), VoidedPurchasesPage.class);
    }

    /**
     * Every cancelled purchase in a window, following continuation keys lazily until there is none.
     * @param startTime the start of the window, or null for the store's default
     * @param endTime   the end of the window (not after now), or null for the store's default
     * @return the purchases, oldest first; a failing page request throws from the stream's terminal operation
     */
    public Stream<VoidedPurchase> allVoidedPurchases(Instant startTime, Instant endTime) {
        return allVoidedPurchases(VoidedPurchasesQuery.defaults().withWindow(startTime, endTime));
    }

    /**
     * Every cancelled purchase of a query, from its page on, following continuation keys lazily.
     * @param query the window and page size (and optionally the key of the first page to read)
     * @return the purchases of this and every later page
     */
    public Stream<VoidedPurchase> allVoidedPurchases(VoidedPurchasesQuery query) {
        Objects.requireNonNull(query, "query");
        return Stream.iterate(
                        getVoidedPurchases(query),
                        page -> page != null,
                        page -> page.hasNextPage()
                                ? getVoidedPurchases(query.withContinuationKey(page.continuationKey()))
                                : null)
                .flatMap(page -> page.voidedPurchaseList().stream());
    }

    /**
     * The v7 in-app calls current ONE store SDKs pair with (details by purchase token, consume, acknowledge).
     * A worldwide app adds {@code x-market-code: MKT_GLB} with the builder's {@code header(...)}.
     *
     * @return the v7 calls, sharing this client's token
     */
    public OneStoreV7 v7() {
        return new OneStoreV7(packageName, http, caller);
    }

    /**
     * The access token the next call would send, without requesting one.
     * @return the token, or null before any was obtained
     */
    public String currentAccessToken() {
        return session.currentToken();
    }

    /**
     * When the current access token expires, by the configured clock.
     * @return the expiry, or null before any token was obtained
     */
    public Instant accessTokenExpiresAt() {
        return session.expiresAt();
    }

    /**
     * The base URL calls go to.
     * @return the URL without trailing slash
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The retry policy calls are sent under.
     * @return the policy
     */
    public RetryPolicy retryPolicy() {
        return http.retryPolicy();
    }

    /** How many times the token endpoint was asked; a hook for tests. */
    int tokenRequests() {
        return session.tokenRequests();
    }

    private <T> T get(String pathAndQuery, Class<T> type) {
        return http.read(caller.get(pathAndQuery), type);
    }

    private void managePaymentStatus(String purchaseId, String action) {
        caller.call(
                "POST",
                OneStorePaths.managePaymentStatus(purchaseId, packageName, action),
                null,
                Idempotency.NON_IDEMPOTENT);
    }
}
