package dev.storeemulator.client.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Which journalled requests to look for, as the journal's query filters. Immutable: every method returns
 * a copy with one more filter.
 *
 * <pre>{@code
 * RequestPattern.store("cafebazaar").operation("consume").token("t")
 * RequestPattern.any().statusClass("4xx").since(start)
 * }</pre>
 *
 * <p>{@link #store(String)} is a static entry point: call it first (on an instance it would start afresh).
 */
public final class RequestPattern {
    private static final RequestPattern ANY = new RequestPattern(Map.of());

    private final Map<String, String> filters;

    private RequestPattern(Map<String, String> filters) {
        this.filters = filters;
    }

    /** @return a pattern matching every request */
    public static RequestPattern any() {
        return ANY;
    }

    /**
     * Requests to one store.
     * @param store {@code cafebazaar}, {@code onestore} or {@code catappult}
     * @return the pattern
     */
    public static RequestPattern store(String store) {
        return ANY.with("store", store);
    }

    /**
     * @param operation the store operation, e.g. {@code consume}
     * @return a copy with that filter
     */
    public RequestPattern operation(String operation) {
        return with("operation", operation);
    }

    /**
     * @param method the HTTP method, e.g. {@code POST}
     * @return a copy with that filter
     */
    public RequestPattern method(String method) {
        return with("method", method);
    }

    /**
     * @param status the exact status answered, e.g. 404
     * @return a copy with that filter
     */
    public RequestPattern status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is 100-599, not " + status);
        }
        return with("status", Integer.toString(status));
    }

    /**
     * @param statusClass a class of statuses such as {@code 4xx}
     * @return a copy with that filter
     */
    public RequestPattern statusClass(String statusClass) {
        if (statusClass == null || !statusClass.matches("[1-5]xx")) {
            throw new IllegalArgumentException("a status class is 1xx-5xx, not " + statusClass);
        }
        return with("status", statusClass);
    }

    /**
     * @param token the purchase or subscription token the request named
     * @return a copy with that filter
     */
    public RequestPattern token(String token) {
        return with("token", token);
    }

    /**
     * @param packageName the app's package name
     * @return a copy with that filter
     */
    public RequestPattern packageName(String packageName) {
        return with("packageName", packageName);
    }

    /**
     * @param productId the product or subscription id
     * @return a copy with that filter
     */
    public RequestPattern productId(String productId) {
        return with("productId", productId);
    }

    /**
     * @param since the earliest virtual time, inclusive
     * @return a copy with that filter
     */
    public RequestPattern since(Instant since) {
        return with("since", Objects.requireNonNull(since, "since").toString());
    }

    /**
     * @param until the latest virtual time
     * @return a copy with that filter
     */
    public RequestPattern until(Instant until) {
        return with("until", Objects.requireNonNull(until, "until").toString());
    }

    /**
     * @param limit at most this many entries are listed (counts ignore it)
     * @return a copy with that limit
     */
    public RequestPattern limit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        return with("limit", Integer.toString(limit));
    }

    /**
     * A filter's value.
     * @param name the query parameter, e.g. {@code store}
     * @return its value, or null when not set
     */
    public String filter(String name) {
        return filters.get(name);
    }

    /** @return the filters as a query string (percent-encoded, without {@code ?}); empty for {@link #any()} */
    public String toQueryString() {
        StringJoiner q = new StringJoiner("&");
        filters.forEach((k, v) -> q.add(k + "=" + encode(v)));
        return q.toString();
    }

    /** The same filters without {@code limit}, for counting. */
    String withoutLimitQuery() {
        Map<String, String> copy = new LinkedHashMap<>(filters);
        copy.remove("limit");
        return new RequestPattern(copy).toQueryString();
    }

    private RequestPattern with(String name, String value) {
        Objects.requireNonNull(value, name);
        Map<String, String> copy = new LinkedHashMap<>(filters);
        copy.put(name, value);
        return new RequestPattern(java.util.Collections.unmodifiableMap(copy));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestPattern p && p.filters.equals(filters);
    }

    @Override
    public int hashCode() {
        return filters.hashCode();
    }

    /** @return the filters, e.g. {@code store=cafebazaar, operation=consume}; {@code any request} when none */
    @Override
    public String toString() {
        if (filters.isEmpty()) {
            return "any request";
        }
        StringJoiner s = new StringJoiner(", ");
        filters.forEach((k, v) -> s.add(k + "=" + v));
        return s.toString();
    }
}
