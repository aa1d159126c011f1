package dev.storeemulator.client.onestore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** ONE store's v2 paths, with every variable segment percent-encoded. */
final class OneStorePaths {
    static final String TOKEN = "/v2/oauth/token";
    private static final String PURCHASE = "/v2/purchase/";

    private OneStorePaths() {}

    static String details(String purchaseId, String packageName) {
        return PURCHASE + "details/" + segment("purchaseId", purchaseId) + "/" + segment("packageName", packageName);
    }

    static String detailsByProductId(String purchaseId, String packageName, String productId) {
        return PURCHASE + "details-by-productid/" + segment("purchaseId", purchaseId) + "/"
                + segment("packageName", packageName) + "/" + segment("productId", productId);
    }

    static String recurringDetails(String purchaseId, String packageName) {
        return PURCHASE + "recurring-details/" + segment("purchaseId", purchaseId) + "/"
                + segment("packageName", packageName);
    }

    static String lastRecurringDetails(String purchaseId, String packageName) {
        return PURCHASE + "last-recurring-details/" + segment("purchaseId", purchaseId) + "/"
                + segment("packageName", packageName);
    }

    static String managePaymentStatus(String purchaseId, String packageName, String action) {
        return PURCHASE + "manage-payment-status/" + segment("purchaseId", purchaseId) + "/"
                + segment("packageName", packageName) + "/" + action;
    }

    static String consume(String purchaseId, String packageName) {
        return PURCHASE + "consume/" + segment("purchaseId", purchaseId) + "/" + segment("packageName", packageName);
    }

    static String voidedPurchases(String packageName) {
        return PURCHASE + "voided-purchases/" + segment("packageName", packageName);
    }

    /** Percent-encodes one path segment (RFC 3986): spaces as %20, '/' as %2F, dot-only segments escaped. */
    static String segment(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        if (value.equals(".") || value.equals("..")) {
            return value.replace(".", "%2E");
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An application/x-www-form-urlencoded body or query string, fields in the map's order. */
    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
