package dev.storeemulator.client.onestore.pns;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a ONE store message from its JSON into the typed records. Every problem is an
 * {@link IllegalArgumentException} with a message naming the field; no Jackson exception gets out.
 */
final class PnsParser {
    /** Compact output, members in the order read; a repeated member is an error rather than a silent overwrite. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static final Set<String> PAYMENT_FIELDS = Set.of(
            "msgVersion",
            "clientId",
            "productId",
            "messageType",
            "purchaseId",
            "developerPayload",
            "purchaseTimeMillis",
            "purchaseState",
            "price",
            "priceCurrencyCode",
            "productName",
            "paymentTypeList",
            "billingKey",
            "isTestMdn",
            "purchaseToken",
            "environment",
            "marketCode",
            "signature");
    static final Set<String> SUBSCRIPTION_FIELDS = Set.of(
            "msgVersion",
            "clientId",
            "eventTimeMillis",
            "subscriptionNotification",
            "environment",
            "marketCode",
            "signature");

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PnsParser() {}

    /** The body as one JSON object; IllegalArgumentException when it is not one. */
    static ObjectNode tree(byte[] body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new IllegalArgumentException(
                    at == null || at.getLineNr() < 1
                            ? "the body is not JSON"
                            : "the body is not JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("the body is not a JSON object");
        }
        return (ObjectNode) tree;
    }

    /** A payment message, or a subscription message when it has a {@code subscriptionNotification}. */
    static PnsMessage message(ObjectNode m) {
        return m.has("subscriptionNotification") ? subscription(m) : payment(m);
    }

    private static PnsMessage.SubscriptionNotification subscription(ObjectNode m) {
        JsonNode sub = m.get("subscriptionNotification");
        if (!sub.isObject()) {
            throw new IllegalArgumentException("subscriptionNotification is not an object");
        }
        int type = code(sub, "notificationType");
        return new PnsMessage.SubscriptionNotification(
                text(m, "msgVersion"),
                required(m, "clientId"),
                millis(m, "eventTimeMillis"),
                text(sub, "productId"),
                SubscriptionEvent.of(type),
                type,
                required(sub, "purchaseToken"),
                text(m, "environment"),
                text(m, "marketCode"),
                m);
    }

    private static PnsMessage.PaymentNotification payment(ObjectNode m) {
        return new PnsMessage.PaymentNotification(
                text(m, "msgVersion"),
                required(m, "clientId"),
                text(m, "productId"),
                text(m, "messageType"),
                required(m, "purchaseId"),
                text(m, "developerPayload"),
                millis(m, "purchaseTimeMillis"),
                required(m, "purchaseState"),
                text(m, "price"),
                text(m, "priceCurrencyCode"),
                text(m, "productName"),
                payments(m),
                text(m, "billingKey"),
                bool(m, "isTestMdn"),
                text(m, "purchaseToken"),
                text(m, "environment"),
                text(m, "marketCode"),
                m);
    }

    /** The members of {@code raw} that are not among {@code known}, in the order received. */
    static Map<String, JsonNode> extra(ObjectNode raw, Set<String> known) {
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        raw.properties().forEach(e -> {
            if (!known.contains(e.getKey())) {
                extra.put(e.getKey(), e.getValue().deepCopy());
            }
        });
        return java.util.Collections.unmodifiableMap(extra);
    }

    private static List<PnsMessage.PaymentType> payments(ObjectNode m) {
        JsonNode list = m.get("paymentTypeList");
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException("paymentTypeList is not an array");
        }
        List<PnsMessage.PaymentType> payments = new ArrayList<>();
        for (JsonNode p : list) {
            if (!p.isObject()) {
                throw new IllegalArgumentException("paymentTypeList holds something other than objects");
            }
            payments.add(new PnsMessage.PaymentType(text(p, "paymentMethod"), text(p, "amount")));
        }
        return List.copyOf(payments);
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
        throw new IllegalArgumentException(field + " is not a string");
    }

    private static String required(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) {
            throw new IllegalArgumentException("the message has no " + field);
        }
        return v;
    }

    private static boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isString() && (v.asString().equals("true") || v.asString().equals("false"))) {
            return Boolean.parseBoolean(v.asString());
        }
        throw new IllegalArgumentException(field + " is not a boolean");
    }

    private static Instant millis(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return Instant.ofEpochMilli(integer(v, field, LONG_MIN, LONG_MAX).longValue());
    }

    private static int code(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("the message has no " + field);
        }
        return integer(v, field, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE))
                .intValue();
    }

    /** An integral JSON number, or a string of one (as some senders write times), within bounds. */
    private static BigInteger integer(JsonNode v, String field, BigInteger min, BigInteger max) {
        BigInteger value;
        if (v.isIntegralNumber()) {
            value = v.bigIntegerValue();
        } else if (v.isString() && v.asString().matches("-?[0-9]{1,30}")) {
            value = new BigInteger(v.asString());
        } else {
            throw new IllegalArgumentException(field + " is not an integer");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(field + " is out of range");
        }
        return value;
    }
}
