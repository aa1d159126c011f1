package dev.storeemulator.client.onestore.pns;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a message ONE store POSTed to your server, payment (PNS) or subscription (SNS), and reads it typed.
 *
 * <p>The {@code signature} member is Base64 of SHA512withRSA (PKCS#1 v1.5) over the UTF-8 bytes of the compact JSON
 * of the message without {@code signature}, members in the order sent. The verifier re-creates that text from the
 * body as received (numbers exactly as written, unknown members in their place, whitespace of a pretty-printed body
 * ignored) and checks it with the app's license key; then it checks {@code clientId}, {@code environment} (a
 * {@code msgVersion} ending in {@code D} must be {@code SANDBOX}) and {@code marketCode} against what it was built
 * with. The same code takes the real store's messages and the emulator's.
 *
 * <pre>{@code
 * OneStorePnsVerifier verifier = OneStorePnsVerifier.builder()
 *         .licenseKey(licenseKeyFromDeveloperCenter)
 *         .clientId("com.example.game")
 *         .environment(Environment.SANDBOX)
 *         .build();
 * PnsVerification v = verifier.verify(requestBody);
 * if (v.accepted() && v.message() instanceof PnsMessage.PaymentNotification p && p.requiresRequery()) {
 *     // re-query the purchase before revoking what it granted
 * }
 * }</pre>
 *
 * <p>A verified message is authentic, not necessarily current: ONE store warns that messages may be delayed, lost or
 * duplicated (see {@link PnsMessage}). A verifier is immutable and safe to share between threads.
 */
public final class OneStorePnsVerifier {
    private final PublicKey licenseKey;
    private final String clientId;
    private final Environment environment;
    private final String marketCode;

    private OneStorePnsVerifier(Builder b) {
        this.licenseKey = publicKey(Objects.requireNonNull(b.licenseKey, "licenseKey"));
        this.clientId = b.clientId;
        this.environment = b.environment;
        this.marketCode = b.marketCode;
    }

    /**
     * Starts a verifier.
     * @return a builder; {@code licenseKey} is required, each other check applies when given
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies a body.
     * @param body the request body as received (UTF-8)
     * @return the message, or why it was rejected; never throws for a bad body
     */
    public PnsVerification verify(String body) {
        return body == null
                ? PnsVerification.rejected(PnsVerification.Reason.MALFORMED, "no body")
                : verify(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Verifies a body.
     * @param body the request body's bytes as received
     * @return the message, or why it was rejected; never throws for a bad body
     */
    public PnsVerification verify(byte[] body) {
        if (body == null) {
            return PnsVerification.rejected(PnsVerification.Reason.MALFORMED, "no body");
        }
        ObjectNode tree;
        String signedText;
        try {
            tree = PnsParser.tree(body);
            JsonNode signature = tree.get("signature");
            if (signature == null
                    || signature.isNull()
                    || (signature.isString() && signature.asString().isBlank())) {
                return PnsVerification.rejected(PnsVerification.Reason.UNSIGNED, "the message has no signature");
            }
            if (!signature.isString()) {
                return PnsVerification.rejected(PnsVerification.Reason.MALFORMED, "signature is not a string");
            }
            signedText = SignedText.of(PnsParser.JSON, body);
            if (!signatureVerifies(signedText, signature.asString())) {
                return PnsVerification.rejected(
                        PnsVerification.Reason.BAD_SIGNATURE, "the signature does not verify with the license key");
            }
            return checked(PnsParser.message(tree));
        } catch (IllegalArgumentException e) {
            return PnsVerification.rejected(PnsVerification.Reason.MALFORMED, e.getMessage());
        } catch (JacksonException | IllegalStateException e) {
            return PnsVerification.rejected(PnsVerification.Reason.MALFORMED, "the body is not JSON");
        }
    }

    /**
     * Like {@link #verify(String)}, throwing when the message is rejected.
     * @param body the request body as received
     * @return the message
     * @throws PnsVerificationException when it does not verify; {@link PnsVerificationException#reason()} says why
     */
    public PnsMessage verifyOrThrow(String body) {
        return orThrow(verify(body));
    }

    /**
     * Like {@link #verify(byte[])}, throwing when the message is rejected.
     * @param body the request body's bytes as received
     * @return the message
     * @throws PnsVerificationException when it does not verify; {@link PnsVerificationException#reason()} says why
     */
    public PnsMessage verifyOrThrow(byte[] body) {
        return orThrow(verify(body));
    }

    /**
     * Reads a message without checking its signature (tools, logs, tests); the same as {@link PnsMessage#parse}.
     * @param body the body
     * @return the message
     * @throws IllegalArgumentException when it is not a PNS or SNS message
     */
    public static PnsMessage parse(String body) {
        return PnsMessage.parse(body);
    }

    private static PnsMessage orThrow(PnsVerification v) {
        if (!v.accepted()) {
            throw new PnsVerificationException(v.reason(), v.detail());
        }
        return v.message();
    }

    private PnsVerification checked(PnsMessage m) {
        if (clientId != null && !clientId.equals(m.clientId())) {
            return PnsVerification.rejected(
                    PnsVerification.Reason.WRONG_CLIENT_ID, "clientId " + m.clientId() + ", not " + clientId);
        }
        boolean sandboxVersion = m.msgVersion() != null && m.msgVersion().endsWith("D");
        if (sandboxVersion && !Environment.SANDBOX.name().equals(m.environment())) {
            return PnsVerification.rejected(
                    PnsVerification.Reason.WRONG_ENVIRONMENT,
                    "msgVersion " + m.msgVersion() + " is a sandbox message, but environment is " + m.environment());
        }
        if (environment != null && !environment.name().equals(m.environment())) {
            return PnsVerification.rejected(
                    PnsVerification.Reason.WRONG_ENVIRONMENT,
                    "environment " + m.environment() + ", not " + environment);
        }
        if (marketCode != null && !marketCode.equals(m.marketCode())) {
            return PnsVerification.rejected(
                    PnsVerification.Reason.WRONG_MARKET_CODE, "marketCode " + m.marketCode() + ", not " + marketCode);
        }
        return PnsVerification.accepted(m);
    }

    private boolean signatureVerifies(String text, String signature) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(signature.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("SHA512withRSA");
            s.initVerify(licenseKey);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return s.verify(bytes);
        } catch (GeneralSecurityException e) {
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
        private Environment environment;
        private String marketCode;

        private Builder() {}

        /**
         * The key the messages are signed with (required).
         * @param base64 the app's license key as ONE store's Developer Center shows it: Base64 of an X.509
         *     SubjectPublicKeyInfo (RSA); PEM armour, line breaks and spaces are fine
         * @return this builder
         */
        public Builder licenseKey(String base64) {
            this.licenseKey = base64;
            return this;
        }

        /**
         * The app every message must be for (optional).
         * @param value the app's client id (package name)
         * @return this builder
         */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /**
         * The environment every message must carry (optional; a sandbox {@code msgVersion} must be SANDBOX anyway).
         * @param value {@link Environment#SANDBOX} or {@link Environment#COMMERCIAL}; null for no check
         * @return this builder
         */
        public Builder environment(Environment value) {
            this.environment = value;
            return this;
        }

        /**
         * The environment every message must carry, by name.
         * @param value {@code SANDBOX} or {@code COMMERCIAL}; null for no check
         * @return this builder
         * @throws IllegalArgumentException for another name
         */
        public Builder environment(String value) {
            this.environment = value == null ? null : Environment.of(value);
            return this;
        }

        /**
         * The market every message must carry (optional).
         * @param value {@code MKT_ONE} or {@code MKT_GLB}; null for no check
         * @return this builder
         */
        public Builder marketCode(String value) {
            this.marketCode = value;
            return this;
        }

        /**
         * Builds the verifier.
         * @return the verifier
         * @throws NullPointerException when no license key was given
         * @throws IllegalArgumentException when the license key is not an RSA public key
         */
        public OneStorePnsVerifier build() {
            return new OneStorePnsVerifier(this);
        }
    }
}
