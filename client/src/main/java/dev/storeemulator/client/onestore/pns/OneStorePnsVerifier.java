package dev.storeemulator.client.onestore.pns;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a message ONE store POSTed to your server: its {@code signature} (Base64 SHA512withRSA over the UTF-8 compact
 * JSON of the message without {@code signature}, keys in the order sent) with the app's license key, then its
 * {@code clientId}, {@code environment} and {@code marketCode}. Works on the real store's messages and the emulator's.
 *
 * <pre>{@code
 * OneStorePnsVerifier verifier = OneStorePnsVerifier.builder()
 *         .licenseKey(licenseKeyFromDeveloperCenter)
 *         .clientId("com.example.game")
 *         .environment("SANDBOX")
 *         .build();
 * PnsVerification v = verifier.verify(requestBody);
 * if (v.accepted() && v.message() instanceof PnsMessage.PaymentNotification p && p.requiresRequery()) {
 *     // re-query the purchase before revoking what it granted
 * }
 * }</pre>
 */
public final class OneStorePnsVerifier {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final PublicKey licenseKey;
    private final String clientId;
    private final String environment;
    private final String marketCode;

    private OneStorePnsVerifier(Builder b) {
        this.licenseKey = publicKey(Objects.requireNonNull(b.licenseKey, "licenseKey"));
        this.clientId = b.clientId;
        this.environment = b.environment;
        this.marketCode = b.marketCode;
    }

    /** @return a builder; {@code licenseKey} is required, the other checks apply when given */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param body the request body as received
     * @return the message, or why it was rejected; never throws for a bad body
     */
    public PnsVerification verify(String body) {
        return verify(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param body the request body as received
     * @return the message, or why it was rejected; never throws for a bad body
     */
    public PnsVerification verify(byte[] body) {
        ObjectNode message;
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree == null || !tree.isObject()) {
                return PnsVerification.rejected(PnsVerification.Reason.MALFORMED, "the body is not a JSON object");
            }
            message = (ObjectNode) tree;
        } catch (JacksonException e) {
            return PnsVerification.rejected(PnsVerification.Reason.MALFORMED, "the body is not JSON");
        }
        JsonNode signature = message.get("signature");
        if (signature == null || !signature.isString() || signature.asString().isEmpty()) {
            return PnsVerification.rejected(PnsVerification.Reason.UNSIGNED, "the message has no signature");
        }
        ObjectNode signed = message.deepCopy();
        signed.remove("signature");
        if (!signatureVerifies(JSON.writeValueAsString(signed), signature.asString())) {
            return PnsVerification.rejected(
                    PnsVerification.Reason.BAD_SIGNATURE, "the signature does not verify with the license key");
        }
        PnsMessage parsed;
        try {
            parsed = parse(message);
        } catch (IllegalArgumentException e) {
            return PnsVerification.rejected(PnsVerification.Reason.MALFORMED, e.getMessage());
        }
        if (clientId != null && !clientId.equals(parsed.clientId())) {
            return PnsVerification.rejected(
                    PnsVerification.Reason.WRONG_CLIENT_ID, "clientId " + parsed.clientId() + ", not " + clientId);
        }
        boolean sandboxVersion =
                parsed.msgVersion() != null && parsed.msgVersion().endsWith("D");
        if ((environment != null && !environment.equals(parsed.environment()))
                || (sandboxVersion && !"SANDBOX".equals(parsed.environment()))) {
            return PnsVerification.rejected(
                    PnsVerification.Reason.WRONG_ENVIRONMENT,
                    "environment " + parsed.environment() + " (msgVersion " + parsed.msgVersion() + ")"
                            + (environment == null ? "" : ", not " + environment));
        }
        if (marketCode != null && !marketCode.equals(parsed.marketCode())) {
            return PnsVerification.rejected(
                    PnsVerification.Reason.WRONG_MARKET_CODE,
                    "marketCode " + parsed.marketCode() + ", not " + marketCode);
        }
        return PnsVerification.accepted(parsed);
    }

    /**
     * Like {@link #verify(String)}, throwing when the message is rejected.
     * @param body the request body as received
     * @return the message
     * @throws PnsVerificationException when it does not verify
     */
    public PnsMessage verifyOrThrow(String body) {
        PnsVerification v = verify(body);
        if (!v.accepted()) {
            throw new PnsVerificationException(v.reason(), v.detail());
        }
        return v.message();
    }

    /**
     * Reads a message without checking its signature (tools, logs, tests).
     * @param body the body
     * @return the message
     * @throws IllegalArgumentException when it is not a PNS or SNS message
     */
    public static PnsMessage parse(String body) {
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException("the body is not a JSON object");
            }
            return parse((ObjectNode) tree);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the body is not JSON", e);
        }
    }

    private static PnsMessage parse(ObjectNode m) {
        JsonNode sub = m.get("subscriptionNotification");
        if (sub != null && sub.isObject()) {
            int type = sub.path("notificationType").asInt(-1);
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
        List<PnsMessage.PaymentType> payments = new ArrayList<>();
        m.path("paymentTypeList")
                .forEach(p -> payments.add(new PnsMessage.PaymentType(text(p, "paymentMethod"), text(p, "amount"))));
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
                List.copyOf(payments),
                text(m, "billingKey"),
                m.path("isTestMdn").asBoolean(false),
                text(m, "purchaseToken"),
                text(m, "environment"),
                text(m, "marketCode"),
                m);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.isString() ? v.asString() : v.toString();
    }

    private static String required(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) {
            throw new IllegalArgumentException("the message has no " + field);
        }
        return v;
    }

    private static Instant millis(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(v.isNumber() ? v.asLong() : Long.parseLong(v.asString()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not epoch milliseconds");
        }
    }

    private boolean signatureVerifies(String text, String signature) {
        try {
            Signature s = Signature.getInstance("SHA512withRSA");
            s.initVerify(licenseKey);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature.replaceAll("\\s", "")));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PublicKey publicKey(String licenseKey) {
        String base64 = licenseKey.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the license key is not a Base64 X.509 RSA public key", e);
        }
    }

    /** Builds a {@link OneStorePnsVerifier}. */
    public static final class Builder {
        private String licenseKey;
        private String clientId;
        private String environment;
        private String marketCode;

        private Builder() {}

        /**
         * @param base64 the app's license key (Base64 X.509 SubjectPublicKeyInfo; PEM armour and line breaks are fine)
         * @return this builder
         */
        public Builder licenseKey(String base64) {
            this.licenseKey = base64;
            return this;
        }

        /**
         * @param value the app's client id (package name) every message must carry
         * @return this builder
         */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /**
         * @param value {@code SANDBOX} or {@code COMMERCIAL}: the environment every message must carry
         * @return this builder
         */
        public Builder environment(String value) {
            this.environment = value;
            return this;
        }

        /**
         * @param value {@code MKT_ONE} or {@code MKT_GLB}: the market every message must carry
         * @return this builder
         */
        public Builder marketCode(String value) {
            this.marketCode = value;
            return this;
        }

        /**
         * @return the verifier
         * @throws IllegalArgumentException when the license key is not one
         */
        public OneStorePnsVerifier build() {
            return new OneStorePnsVerifier(this);
        }
    }
}
