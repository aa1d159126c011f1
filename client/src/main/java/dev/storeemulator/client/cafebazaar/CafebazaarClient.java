package dev.storeemulator.client.cafebazaar;

import dev.storeemulator.client.http.Idempotency;
import dev.storeemulator.client.http.JsonTransport;
import dev.storeemulator.client.http.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A client of Cafebazaar's Developer API ({@code /devapi/v2/…}), working unchanged against the real
 * store and the store emulator: only {@link CafebazaarClientBuilder#baseUrl(String)} differs.
 *
 * <pre>{@code
 * CafebazaarClient client = CafebazaarClient.builder()
 *         .clientId("…").clientSecret("…").redirectUri("…").refreshToken("…")
 *         .build();
 * InAppPurchase p = client.validatePurchase("com.example.game", "coins_100", purchaseToken);
 * }</pre>
 *
 * <p>With OAuth the access token travels as {@code ?access_token=}; it is refreshed shortly before it
 * expires and once after a 401. With a Pishkhan secret nothing is ever refreshed. Every failure is a
 * {@link CafebazaarException}. Connection failures, 5xx and 429 are retried under the builder's
 * {@link CafebazaarClientBuilder#retryPolicy(RetryPolicy) retry policy}. Instances are thread-safe;
 * concurrent callers share one refresh.
 */
public final class CafebazaarClient {
    private final String baseUrl;
    private final JsonTransport<CafebazaarException> http;
    private final OAuthSession session;
    private final ApiCaller caller;

    CafebazaarClient(CafebazaarClientBuilder b) {
        this.baseUrl = b.baseUrl;
        this.http = new JsonTransport<>(
                b.connectTimeout, b.requestTimeout, Map.of(), b.retryPolicy, new CafebazaarErrors());
        this.session = b.pishkhanSecret == null ? new OAuthSession(http, b) : null;
        this.caller = new ApiCaller(http, baseUrl, session, b.pishkhanSecret);
    }

    /**
     * Starts configuring a client.
     * @return a builder with the real host, system clock, 60 s refresh margin and 5 s / 10 s timeouts
     */
    public static CafebazaarClientBuilder builder() {
        return new CafebazaarClientBuilder();
    }

    /**
     * The authorize page to open in a browser; after the developer clicks Authorize, the browser is
     * sent to the redirect URI with {@code ?code=…} (and {@code &state=…} when given).
     * @param state an opaque value echoed back to the redirect URI, or null for none
     * @return {@code /devapi/v2/auth/authorize/?response_type=code&access_type=offline&redirect_uri=…&client_id=…}
     */
    public URI authorizationUrl(String state) {
        return oauth().authorizationUrl(state);
    }

    /**
     * Exchanges an authorization code (single-use, valid minutes) for an access and a refresh token,
     * and keeps both for later calls. Persist {@link TokenResponse#refreshToken()}: it does not rotate.
     * @param code the {@code code} query parameter the redirect URI received
     * @return the token endpoint's answer
     * @throws CafebazaarException e.g. 400 {@code invalid_grant} for a used or expired code
     */
    public TokenResponse exchangeCode(String code) {
        return oauth().exchangeCode(code);
    }

    /**
     * Fetches a new access token now with the refresh token, which is kept (refresh tokens do not rotate).
     * @return the token endpoint's answer, without a refresh token
     * @throws CafebazaarException e.g. 400 {@code invalid_grant} for an unknown refresh token
     * @throws IllegalStateException when the client has no refresh token
     */
    public TokenResponse refresh() {
        return oauth().refresh();
    }

    /**
     * Validates an in-app purchase.
     * @param packageName   the app's package name
     * @param productId     the product's SKU
     * @param purchaseToken the token Bazaar gave the app
     * @return the purchase; see {@link InAppPurchase#isConsumed()} for Cafebazaar's encoding
     * @throws CafebazaarException {@link CafebazaarException#isNotFound()} when there is no such purchase
     */
    public InAppPurchase validatePurchase(String packageName, String productId, String purchaseToken) {
        String path = ApiPaths.validate(packageName, productId, purchaseToken);
        return http.read(caller.call("GET", path, null, Idempotency.IDEMPOTENT), InAppPurchase.class);
    }

    /**
     * Reads a subscription; any billing token of the series identifies it. Expired ones answer too:
     * check {@link SubscriptionPurchase#isActiveAt(Instant)}.
     * @param packageName    the app's package name
     * @param subscriptionId the subscription's SKU
     * @param purchaseToken  the token of the first or of any later billing
     * @return the subscription
     * @throws CafebazaarException {@link CafebazaarException#isNotFound()} when there is no such subscription
     */
    public SubscriptionPurchase getSubscription(String packageName, String subscriptionId, String purchaseToken) {
        String path = ApiPaths.subscription(packageName, subscriptionId, purchaseToken);
        return http.read(caller.call("GET", path, null, Idempotency.IDEMPOTENT), SubscriptionPurchase.class);
    }

    /**
     * Turns auto-renewal off; the subscription stays valid until its {@code validUntilTimestampMsec}.
     * @param packageName    the app's package name
     * @param subscriptionId the subscription's SKU
     * @param purchaseToken  the token of the first or of any later billing
     * @throws CafebazaarException 400 {@code invalid_value} when already cancelled or expired; after a retry,
     *                             {@link CafebazaarException#isPossiblyDuplicate()} tells an earlier attempt
     *                             may have cancelled
     */
    public void cancelSubscription(String packageName, String subscriptionId, String purchaseToken) {
        String path = ApiPaths.cancel(packageName, subscriptionId, purchaseToken);
        caller.call("GET", path, null, Idempotency.NON_IDEMPOTENT);
    }

    /**
     * Marks an in-app purchase consumed, so the user can buy the product again.
     * @param packageName   the app's package name
     * @param purchaseToken the purchase's token
     * @throws CafebazaarException 400 {@code already_consumed}, {@code is_refunded} or {@code is_subscription};
     *                             after a retry, {@link CafebazaarException#isPossiblyDuplicate()} tells an
     *                             {@code already_consumed} may be this call's own earlier attempt
     */
    public void consume(String packageName, String purchaseToken) {
        String body = JsonTransport.json(Map.of("token", ApiPaths.requireValue("purchaseToken", purchaseToken)));
        caller.call("POST", ApiPaths.consume(packageName), body, Idempotency.NON_IDEMPOTENT);
    }

    /**
     * The access token the next call would send, without refreshing it.
     * @return the token, or null before any was obtained and in Pishkhan mode
     */
    public String currentAccessToken() {
        return session == null ? null : session.currentAccessToken();
    }

    /**
     * The refresh token, e.g. to persist after {@link #exchangeCode(String)}.
     * @return the token, or null when there is none and in Pishkhan mode
     */
    public String currentRefreshToken() {
        return session == null ? null : session.currentRefreshToken();
    }

    /**
     * When the current access token expires, by the configured clock.
     * @return the expiry, or null when unknown, absent, or in Pishkhan mode
     */
    public Instant accessTokenExpiresAt() {
        return session == null ? null : session.accessTokenExpiresAt();
    }

    /**
     * The base URL calls go to.
     * @return the URL without trailing slash
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The connect timeout of the underlying HTTP client.
     * @return the timeout
     */
    public Duration connectTimeout() {
        return http.connectTimeout();
    }

    /**
     * The timeout applied to each request.
     * @return the timeout
     */
    public Duration requestTimeout() {
        return http.requestTimeout();
    }

    /**
     * The retry policy calls are sent under.
     * @return the policy
     */
    public RetryPolicy retryPolicy() {
        return http.retryPolicy();
    }

    private OAuthSession oauth() {
        if (session == null) {
            throw new IllegalStateException("this client uses a Pishkhan secret; OAuth is not configured");
        }
        return session;
    }
}
