package dev.storeemulator.client.catappult.notify;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what Catappult POSTs to your server (Content-Type {@code application/json}): Real-Time Developer
 * Notifications in Google Play's envelope, and One-Step Payment callbacks.
 *
 * <p>Neither is signed. A backend treats them as hints: before it grants or revokes anything it re-queries the
 * purchase or subscription through the validation API, or the transaction through the broker (see
 * {@link OspCallback}). Members this library does not name are ignored.
 */
public final class CatappultNotifications {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PAYLOADS = List.of(
            "oneTimeProductNotification", "subscriptionNotification", "voidedPurchaseNotification", "testNotification");
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private CatappultNotifications() {}

    /**
     * Reads a Real-Time Developer Notification: {@code packageName}, {@code eventTimeMillis} (a string of epoch
     * milliseconds, as Google sends it, or a number) and exactly one of {@code oneTimeProductNotification},
     * {@code subscriptionNotification}, {@code voidedPurchaseNotification} and {@code testNotification}.
     * @param body the request body
     * @return the notification; an unknown {@code notificationType} is kept as its number with an {@code UNKNOWN}
     *     type
     * @throws CatappultNotificationException when the body is not one: not a JSON object, no {@code packageName} or
     *     {@code eventTimeMillis}, none or several of the payloads, a payload that is not an object, a missing
     *     {@code purchaseToken} (or {@code notificationType} of a one-time or subscription event), or a field of the
     *     wrong type
     */
    public static CatappultNotification parse(String body) {
        JsonNode m = object(body, "the body");
        String packageName = required(m, "packageName");
        Instant at = Instant.ofEpochMilli(
                integer(m, "eventTimeMillis", LONG_MIN, LONG_MAX, true).longValue());
        List<String> present = new ArrayList<>();
        for (String name : PAYLOADS) {
            if (m.has(name) && !m.get(name).isNull()) {
                present.add(name);
            }
        }
        if (present.size() != 1) {
            throw new CatappultNotificationException(
                    present.isEmpty()
                            ? "no known notification in the body (expected one of " + PAYLOADS + ")"
                            : "more than one notification in the body: " + present);
        }
        String name = present.get(0);
        JsonNode n = m.get(name);
        if (!n.isObject()) {
            throw new CatappultNotificationException(name + " is not an object");
        }
        return switch (name) {
            case "oneTimeProductNotification" -> {
                int type = code(n, "notificationType", true);
                yield new CatappultNotification.OneTimeProductEvent(
                        packageName, at, OneTimeType.of(type), type, required(n, "purchaseToken"), text(n, "sku"));
            }
            case "subscriptionNotification" -> {
                int type = code(n, "notificationType", true);
                yield new CatappultNotification.SubscriptionEvent(
                        packageName,
                        at,
                        SubscriptionType.of(type),
                        type,
                        required(n, "purchaseToken"),
                        text(n, "subscriptionId"));
            }
            case "voidedPurchaseNotification" -> {
                int product = code(n, "productType", false);
                int refund = code(n, "refundType", false);
                yield new CatappultNotification.VoidedPurchaseEvent(
                        packageName,
                        at,
                        required(n, "purchaseToken"),
                        text(n, "orderId"),
                        VoidedProductType.of(product),
                        product,
                        RefundType.of(refund),
                        refund);
            }
            default -> new CatappultNotification.TestEvent(packageName, at, text(n, "version"));
        };
    }

    /**
     * Reads a One-Step Payment callback, {@code {"transaction": "<JSON string>"}}; verify it with the broker before
     * granting (see {@link OspCallback}).
     * @param body the request body
     * @return the callback, its transaction typed
     * @throws CatappultNotificationException when the body is not one: not a JSON object, no {@code transaction}
     *     string, an inner text that is not a JSON object, no {@code uid}, or a field of the wrong type
     */
    public static OspCallback parseOspCallback(String body) {
        JsonNode outer = object(body, "the body");
        JsonNode inner = outer.get("transaction");
        if (inner == null || !inner.isString()) {
            throw new CatappultNotificationException("no \"transaction\" string in the body");
        }
        JsonNode t = object(inner.asString(), "transaction");
        JsonNode p = t.get("price");
        OspCallback.Price price = null;
        if (p != null && !p.isNull()) {
            if (!p.isObject()) {
                throw new CatappultNotificationException("transaction.price is not an object");
            }
            price = new OspCallback.Price(text(p, "currency"), text(p, "value"), text(p, "appc"));
        }
        return new OspCallback(
                new OspCallback.Transaction(
                        required(t, "uid"),
                        text(t, "reference"),
                        text(t, "domain"),
                        text(t, "product"),
                        text(t, "status"),
                        price),
                inner.asString());
    }

    private static JsonNode object(String text, String what) {
        if (text == null) {
            throw new CatappultNotificationException("no body");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new CatappultNotificationException(what + " is not JSON" + where(e));
        }
        if (tree == null || !tree.isObject()) {
            throw new CatappultNotificationException(what + " is not a JSON object");
        }
        return tree;
    }

    /** Where the JSON broke, without Jackson's own wording. */
    private static String where(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1
                ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.asString();
        }
        if (v.isNumber() || v.isBoolean()) {
            return v.toString();
        }
        throw new CatappultNotificationException(field + " is not a string");
    }

    private static String required(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) {
            throw new CatappultNotificationException("the body has no " + field);
        }
        return v;
    }

    private static int code(JsonNode n, String field, boolean required) {
        return integer(n, field, INT_MIN, INT_MAX, required).intValue();
    }

    /** An integral number, or a string of one; {@code 0} when absent and not required. */
    private static BigInteger integer(JsonNode n, String field, BigInteger min, BigInteger max, boolean required) {
        JsonNode v = n.get(field);
        BigInteger value;
        if (v == null || v.isNull()) {
            if (required) {
                throw new CatappultNotificationException("the body has no " + field);
            }
            return BigInteger.ZERO;
        } else if (v.isIntegralNumber()) {
            value = v.bigIntegerValue();
        } else if (v.isString() && v.asString().matches("-?[0-9]{1,30}")) {
            value = new BigInteger(v.asString());
        } else {
            throw new CatappultNotificationException(field + " is not an integer");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new CatappultNotificationException(field + " is out of range");
        }
        return value;
    }
}
