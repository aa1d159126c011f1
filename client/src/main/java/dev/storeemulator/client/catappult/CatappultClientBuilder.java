package dev.storeemulator.client.catappult;

import dev.storeemulator.client.http.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** Configures a {@link CatappultClient}: host, API version, the app's Api-Key (for acknowledge) and timeouts. */
public final class CatappultClientBuilder {
    /** Catappult's production host. */
    public static final String DEFAULT_BASE_URL = "https://api.catappult.io";
    /** Catappult's development host. */
    public static final String DEV_BASE_URL = "https://api.dev.catappult.io";
    /** The API version Catappult's documentation uses. */
    public static final String DEFAULT_API_VERSION = "8.20191001";

    String baseUrl = DEFAULT_BASE_URL;
    String apiVersion = DEFAULT_API_VERSION;
    String apiKey;
    Duration connectTimeout = Duration.ofSeconds(5);
    Duration requestTimeout = Duration.ofSeconds(10);
    RetryPolicy retryPolicy = RetryPolicy.defaults();

    CatappultClientBuilder() {}

    /**
     * Where the API lives: the production host (the default), {@link #DEV_BASE_URL}, or an emulator.
     * @param value an absolute http or https URL without query or fragment; a trailing slash is ignored
     * @return this builder
     */
    public CatappultClientBuilder baseUrl(String value) {
        URI uri = URI.create(Objects.requireNonNull(value, "baseUrl"));
        boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL without query or fragment: " + value);
        }
        this.baseUrl = value.replaceAll("/+$", "");
        return this;
    }

    /**
     * Sets the API version path segment; default {@value #DEFAULT_API_VERSION}.
     * @param value {@code 8.} and a date, e.g. {@code 8.20250505}
     * @return this builder
     */
    public CatappultClientBuilder apiVersion(String value) {
        if (!Objects.requireNonNull(value, "apiVersion").matches("\\d+\\.\\d{8}")) {
            throw new IllegalArgumentException("apiVersion must look like 8.20191001: " + value);
        }
        this.apiVersion = value;
        return this;
    }

    /**
     * Sets the app's Api-Key, sent only by {@link CatappultClient#acknowledgeSubscription}; validation needs none.
     * @param value the key from the Catappult console
     * @return this builder
     */
    public CatappultClientBuilder apiKey(String value) {
        this.apiKey = Objects.requireNonNull(value, "apiKey");
        return this;
    }

    /**
     * Sets the connect timeout; default 5 s.
     * @param value a positive duration
     * @return this builder
     */
    public CatappultClientBuilder connectTimeout(Duration value) {
        this.connectTimeout = positive(value, "connectTimeout");
        return this;
    }

    /**
     * Sets the timeout of each HTTP request, until the answer's headers arrive; default 10 s.
     * @param value a positive duration
     * @return this builder
     */
    public CatappultClientBuilder requestTimeout(Duration value) {
        this.requestTimeout = positive(value, "requestTimeout");
        return this;
    }

    /**
     * Sets when failed calls are repeated; default {@link RetryPolicy#defaults()}, {@link RetryPolicy#none()} to
     * send every call once.
     * @param value the policy
     * @return this builder
     */
    public CatappultClientBuilder retryPolicy(RetryPolicy value) {
        this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
        return this;
    }

    /**
     * Builds the client.
     * @return a thread-safe client
     */
    public CatappultClient build() {
        return new CatappultClient(this);
    }

    private static Duration positive(Duration value, String name) {
        if (Objects.requireNonNull(value, name).isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }
}
