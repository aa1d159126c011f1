package dev.storeemulator.client.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Which notification deliveries to look for, as {@code GET /__admin/notifications}'s filters. Immutable: every method
 * returns a new pattern, e.g. {@code NotificationPattern.store("onestore").event("CANCELED").token("P1")}.
 */
public final class NotificationPattern {
    private static final NotificationPattern ANY = new NotificationPattern(Map.of());

    private final Map<String, String> filters;

    private NotificationPattern(Map<String, String> filters) {
        this.filters = Map.copyOf(filters);
    }

    /** @return a pattern every delivery matches */
    public static NotificationPattern any() {
        return ANY;
    }

    /**
     * @param store the store's name, e.g. {@code onestore}
     * @return deliveries the store sent
     */
    public static NotificationPattern store(String store) {
        return ANY.with("store", store);
    }

    /**
     * @param event what the notification tells, e.g. {@code CANCELED} or {@code SUBSCRIPTION_RENEWED}
     * @return this pattern, narrowed
     */
    public NotificationPattern event(String event) {
        return with("event", event);
    }

    /**
     * @param packageName the app
     * @return this pattern, narrowed
     */
    public NotificationPattern packageName(String packageName) {
        return with("packageName", packageName);
    }

    /**
     * @param token the purchase token (or id) the notification is about
     * @return this pattern, narrowed
     */
    public NotificationPattern token(String token) {
        return with("token", token);
    }

    /**
     * @param status {@code pending}, {@code delivered} or {@code failed}
     * @return this pattern, narrowed
     */
    public NotificationPattern status(String status) {
        return with("status", status);
    }

    /**
     * @param limit at most this many deliveries listed (100 when not given)
     * @return this pattern, with the limit
     */
    public NotificationPattern limit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more");
        }
        return with("limit", Integer.toString(limit));
    }

    /**
     * @param name a filter, e.g. {@code store}
     * @return its value, or null
     */
    public String filter(String name) {
        return filters.get(name);
    }

    /** @return the filters as a percent-encoded query string, without {@code ?} */
    public String toQueryString() {
        StringJoiner q = new StringJoiner("&");
        new java.util.TreeMap<>(filters)
                .forEach((k, v) -> q.add(
                        k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
        return q.toString();
    }

    private NotificationPattern with(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>(filters);
        next.put(name, java.util.Objects.requireNonNull(value, name));
        return new NotificationPattern(next);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NotificationPattern p && p.filters.equals(filters);
    }

    @Override
    public int hashCode() {
        return filters.hashCode();
    }

    @Override
    public String toString() {
        return filters.isEmpty() ? "any notification" : new java.util.TreeMap<>(filters).toString();
    }
}
