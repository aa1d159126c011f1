package dev.storeemulator.client.onestore;

import dev.storeemulator.client.http.RetryPolicy;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Configures a {@link OneStoreClient}: {@link #clientId} and {@link #clientSecret} are required. */
public final class OneStoreClientBuilder {
    /** ONE store's v2 sandbox host, the default: sandbox purchases (ids starting with {@code SANDBOX}). */
    public static final String SANDBOX_BASE_URL = "https://sbpp.onestore.co.kr";
    /** ONE store's v2 commercial host: real purchases. */
    public static final String COMMERCIAL_BASE_URL = "https://apis.onestore.co.kr";

    String baseUrl = SANDBOX_BASE_URL;
    String clientId;
    String clientSecret;
    Clock clock = Clock.systemUTC();
    Duration connectTimeout = Duration.ofSeconds(5);
    Duration requestTimeout = Duration.ofSeconds(10);
    final Map<String, String> headers = new LinkedHashMap<>();
    RetryPolicy retryPolicy = RetryPolicy.defaults();

    OneStoreClientBuilder() {}

    /**
     * Where the API lives: {@link #SANDBOX_BASE_URL} (the default), {@link #COMMERCIAL_BASE_URL} or an
     * emulator, e.g. {@code http://127.0.0.1:7070}.
     * @param value an absolute http or https URL without query or fragment; a trailing slash is ignored
     * @return this builder
     */
    public OneStoreClientBuilder baseUrl(String value) {
        URI uri = URI.create(Objects.requireNonNull(value, "baseUrl"));
        boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL without query or fragment: " + value);
        }
        this.baseUrl = value.replaceAll("/+$", "");
        return this;
    }

    /**
     * Sets the client id, which in v2 is the app's package name; every call is about this package.
     * @param value the package name, e.g. {@code com.example.game}
     * @return this builder
     */
    public OneStoreClientBuilder clientId(String value) {
        this.clientId = requireText(value, "clientId");
        return this;
    }

    /**
     * Sets the client secret from ONE store's developer center.
     * @param value the secret
     * @return this builder
     */
    public OneStoreClientBuilder clientSecret(String value) {
        this.clientSecret = requireText(value, "clientSecret");
        return this;
    }

    /**
     * Sets the clock token expiry is judged by; default {@link Clock#systemUTC()}.
     * @param value the clock
     * @return this builder
     */
    public OneStoreClientBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /**
     * Sets the connect timeout; default 5 s.
     * @param value a positive duration
     * @return this builder
     */
    public OneStoreClientBuilder connectTimeout(Duration value) {
        this.connectTimeout = positive(value, "connectTimeout");
        return this;
    }

    /**
     * Sets the timeout of each HTTP request, until the answer's headers arrive; default 10 s.
     * @param value a positive duration
     * @return this builder
     */
    public OneStoreClientBuilder requestTimeout(Duration value) {
        this.requestTimeout = positive(value, "requestTimeout");
        return this;
    }

    /**
     * Adds a header sent with every request, the token request included; e.g.
     * {@code X-Store-Emulator-Environment: commercial} to reach the emulator's commercial world.
     * @param name  the header name; not {@code Authorization} and not a header the JDK restricts
     * @param value the header value
     * @return this builder
     * @throws IllegalArgumentException for a restricted or invalid header
     */
    public OneStoreClientBuilder header(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.equalsIgnoreCase("Authorization")) {
            throw new IllegalArgumentException("the client sets Authorization itself");
        }
        HttpRequest.newBuilder().header(name, value);
        headers.put(name, value);
        return this;
    }

    /**
     * Sets when failed calls are repeated; default {@link RetryPolicy#defaults()}, {@link RetryPolicy#none()} to
     * send every call once.
     * @param value the policy
     * @return this builder
     */
    public OneStoreClientBuilder retryPolicy(RetryPolicy value) {
        this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
        return this;
    }

    /**
     * Builds the client.
     * @return a thread-safe client
     * @throws IllegalStateException when clientId or clientSecret is missing
     */
    public OneStoreClient build() {
        if (clientId == null || clientSecret == null) {
            throw new IllegalStateException("set clientId (the package name) and clientSecret");
        }
        return new OneStoreClient(this);
    }

    private static String requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }

    private static Duration positive(Duration value, String name) {
        if (Objects.requireNonNull(value, name).isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }
}
