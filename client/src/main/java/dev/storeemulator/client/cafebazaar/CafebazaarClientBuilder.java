package dev.storeemulator.client.cafebazaar;

import dev.storeemulator.client.http.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Configures a {@link CafebazaarClient}. Choose one way to authenticate: OAuth ({@link #clientId},
 * {@link #clientSecret}, and {@link #redirectUri} for the code flow, optionally with tokens you kept)
 * or a Pishkhan secret ({@link #pishkhanSecret}) alone.
 */
public final class CafebazaarClientBuilder {
    /** Cafebazaar's real host. */
    public static final String DEFAULT_BASE_URL = "https://pardakht.cafebazaar.ir";

    String baseUrl = DEFAULT_BASE_URL;
    String clientId;
    String clientSecret;
    String redirectUri;
    String refreshToken;
    String accessToken;
    Instant accessTokenExpiresAt;
    String pishkhanSecret;
    Clock clock = Clock.systemUTC();
    Duration refreshMargin = Duration.ofSeconds(60);
    Duration connectTimeout = Duration.ofSeconds(5);
    Duration requestTimeout = Duration.ofSeconds(10);
    Consumer<TokenResponse> tokenListener;
    RetryPolicy retryPolicy = RetryPolicy.defaults();

    CafebazaarClientBuilder() {}

    /**
     * Where the API lives: the real host (the default) or an emulator, e.g. {@code http://127.0.0.1:8080}.
     * @param value an absolute http or https URL; a trailing slash is ignored
     * @return this builder
     */
    public CafebazaarClientBuilder baseUrl(String value) {
        this.baseUrl = BuilderRules.baseUrl(value);
        return this;
    }

    /**
     * Sets the OAuth client id, from the developer panel.
     * @param value the client id
     * @return this builder
     */
    public CafebazaarClientBuilder clientId(String value) {
        this.clientId = Objects.requireNonNull(value, "clientId");
        return this;
    }

    /**
     * Sets the OAuth client secret.
     * @param value the client secret
     * @return this builder
     */
    public CafebazaarClientBuilder clientSecret(String value) {
        this.clientSecret = Objects.requireNonNull(value, "clientSecret");
        return this;
    }

    /**
     * Sets the redirect URI registered for the client; the code flow needs it.
     * @param value the redirect URI, exactly as registered
     * @return this builder
     */
    public CafebazaarClientBuilder redirectUri(String value) {
        this.redirectUri = Objects.requireNonNull(value, "redirectUri");
        return this;
    }

    /**
     * Starts from a refresh token kept from an earlier {@code exchangeCode}.
     * @param value the refresh token
     * @return this builder
     */
    public CafebazaarClientBuilder refreshToken(String value) {
        this.refreshToken = Objects.requireNonNull(value, "refreshToken");
        return this;
    }

    /**
     * An access token of unknown expiry: used until the store answers 401, then refreshed.
     * @param value the access token
     * @return this builder
     */
    public CafebazaarClientBuilder accessToken(String value) {
        this.accessToken = Objects.requireNonNull(value, "accessToken");
        this.accessTokenExpiresAt = null;
        return this;
    }

    /**
     * An access token and when it expires: refreshed {@link #refreshMargin} before then.
     * @param value     the access token
     * @param expiresAt its expiry, by the client's clock
     * @return this builder
     */
    public CafebazaarClientBuilder accessToken(String value, Instant expiresAt) {
        this.accessToken = Objects.requireNonNull(value, "accessToken");
        this.accessTokenExpiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        return this;
    }

    /**
     * Authenticates with the app's static Pishkhan API secret instead of OAuth; excludes every OAuth setting.
     * @param value the secret
     * @return this builder
     */
    public CafebazaarClientBuilder pishkhanSecret(String value) {
        this.pishkhanSecret = Objects.requireNonNull(value, "pishkhanSecret");
        return this;
    }

    /**
     * Sets the clock token expiry is judged by; default {@link Clock#systemUTC()}.
     * @param value the clock
     * @return this builder
     */
    public CafebazaarClientBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /**
     * Sets how long before its expiry an access token is refreshed; default 60 s.
     * @param value the margin, zero or more
     * @return this builder
     */
    public CafebazaarClientBuilder refreshMargin(Duration value) {
        this.refreshMargin = BuilderRules.nonNegative(value, "refreshMargin");
        return this;
    }

    /**
     * Sets the connect timeout; default 5 s.
     * @param value a positive duration
     * @return this builder
     */
    public CafebazaarClientBuilder connectTimeout(Duration value) {
        this.connectTimeout = BuilderRules.positive(value, "connectTimeout");
        return this;
    }

    /**
     * Sets the timeout of each HTTP request, until the answer's headers arrive; default 10 s.
     * @param value a positive duration
     * @return this builder
     */
    public CafebazaarClientBuilder requestTimeout(Duration value) {
        this.requestTimeout = BuilderRules.positive(value, "requestTimeout");
        return this;
    }

    /**
     * Sets a callback run after every token exchange or refresh, e.g. to persist the tokens.
     * @param value the callback, run on the calling thread
     * @return this builder
     */
    public CafebazaarClientBuilder tokenListener(Consumer<TokenResponse> value) {
        this.tokenListener = Objects.requireNonNull(value, "tokenListener");
        return this;
    }

    /**
     * Sets when failed calls are repeated; default {@link RetryPolicy#defaults()}, {@link RetryPolicy#none()} to
     * send every call once.
     * @param value the policy
     * @return this builder
     */
    public CafebazaarClientBuilder retryPolicy(RetryPolicy value) {
        this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
        return this;
    }

    /**
     * Builds the client.
     * @return a thread-safe client
     * @throws IllegalStateException when OAuth and Pishkhan settings are mixed, or OAuth lacks its client credentials
     */
    public CafebazaarClient build() {
        BuilderRules.checkCredentials(this);
        return new CafebazaarClient(this);
    }
}
