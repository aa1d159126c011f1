package dev.storeemulator.client.catappult.notify;

import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads what Catappult POSTs to your server: Real-Time Developer Notifications and One-Step Payment callbacks. */
public final class CatappultNotifications {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CatappultNotifications() {}

    /**
     * @param body the request body
     * @return the notification
     * @throws CatappultNotificationException when the body is not one
     */
    public static CatappultNotification parse(String body) {
        JsonNode m = object(body);
        String packageName = required(m, "packageName");
        Instant at = eventTime(m);
        JsonNode n;
        if ((n = m.get("oneTimeProductNotification")) != null) {
            int type = n.path("notificationType").asInt(-1);
            return new CatappultNotification.OneTimeProductEvent(
                    packageName,
                    at,
                    CatappultNotification.OneTimeType.of(type),
                    type,
                    required(n, "purchaseToken"),
                    text(n, "sku"));
        }
        if ((n = m.get("subscriptionNotification")) != null) {
            int type = n.path("notificationType").asInt(-1);
            return new CatappultNotification.SubscriptionEvent(
                    packageName,
                    at,
                    dev.storeemulator.client.onestore.pns.SubscriptionEvent.of(type),
                    type,
                    required(n, "purchaseToken"),
                    text(n, "subscriptionId"));
        }
        if ((n = m.get("voidedPurchaseNotification")) != null) {
            return new CatappultNotification.VoidedPurchaseEvent(
                    packageName,
                    at,
                    required(n, "purchaseToken"),
                    text(n, "orderId"),
                    n.path("productType").asInt(0),
                    n.path("refundType").asInt(0));
        }
        if ((n = m.get("testNotification")) != null) {
            return new CatappultNotification.TestEvent(packageName, at, text(n, "version"));
        }
        throw new CatappultNotificationException("no known notification in the body");
    }

    /**
     * @param body a One-Step Payment callback's body, {@code {"transaction": "<JSON string>"}}
     * @return the transaction it tells of
     * @throws CatappultNotificationException when the body is not one
     */
    public static OspCallback parseOspCallback(String body) {
        JsonNode outer = object(body);
        JsonNode inner = outer.get("transaction");
        if (inner == null || !inner.isString()) {
            throw new CatappultNotificationException("no \"transaction\" string in the body");
        }
        JsonNode t = object(inner.asString());
        JsonNode p = t.path("price");
        return new OspCallback(
                required(t, "uid"),
                text(t, "reference"),
                text(t, "domain"),
                text(t, "product"),
                text(t, "status"),
                p.isObject() ? new OspCallback.Price(text(p, "currency"), text(p, "value"), text(p, "appc")) : null);
    }

    private static JsonNode object(String body) {
        try {
            JsonNode tree = body == null ? null : JSON.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw new CatappultNotificationException("the body is not a JSON object");
            }
            return tree;
        } catch (JacksonException e) {
            throw new CatappultNotificationException("the body is not JSON");
        }
    }

    private static Instant eventTime(JsonNode m) {
        JsonNode v = m.get("eventTimeMillis");
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(v.isNumber() ? v.asLong() : Long.parseLong(v.asString()));
        } catch (NumberFormatException e) {
            throw new CatappultNotificationException("eventTimeMillis is not epoch milliseconds");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.isString() ? v.asString() : v.toString();
    }

    private static String required(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) {
            throw new CatappultNotificationException("the body has no " + field);
        }
        return v;
    }
}
