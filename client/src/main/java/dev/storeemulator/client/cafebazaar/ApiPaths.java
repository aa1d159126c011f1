package dev.storeemulator.client.cafebazaar;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Cafebazaar's real paths, with every variable segment percent-encoded. Every path ends in {@code /}. */
final class ApiPaths {
    static final String AUTHORIZE = "/devapi/v2/auth/authorize/";
    static final String TOKEN = "/devapi/v2/auth/token/";
    private static final String API = "/devapi/v2/api/";

    private ApiPaths() {}

    static String validate(String packageName, String productId, String purchaseToken) {
        return API + "validate/" + segment("packageName", packageName) + "/inapp/" + segment("productId", productId)
                + "/purchases/" + segment("purchaseToken", purchaseToken) + "/";
    }

    static String subscription(String packageName, String subscriptionId, String purchaseToken) {
        return API + "applications/" + segment("packageName", packageName) + "/subscriptions/"
                + segment("subscriptionId", subscriptionId) + "/purchases/" + segment("purchaseToken", purchaseToken)
                + "/";
    }

    static String cancel(String packageName, String subscriptionId, String purchaseToken) {
        return subscription(packageName, subscriptionId, purchaseToken) + "cancel/";
    }

    static String consume(String packageName) {
        return API + "consume/" + segment("packageName", packageName) + "/purchases/";
    }

    /** Percent-encodes one path segment (RFC 3986): spaces as %20, '/' as %2F, dot-only segments escaped. */
    static String segment(String name, String value) {
        requireValue(name, value);
        if (value.equals(".") || value.equals("..")) {
            return value.replace(".", "%2E");
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Rejects a null or empty identifier before any request is sent. */
    static String requireValue(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }

    /** Encodes a query or form value. */
    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An application/x-www-form-urlencoded body, fields in the map's order. */
    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> query(e.getKey()) + "=" + query(e.getValue()))
                .collect(Collectors.joining("&"));
    }
}
