package dev.storeemulator.client.onestore.pns;

import java.util.Optional;

/**
 * What {@link OneStorePnsVerifier#verify} made of a body: the message when it verified, or why it was rejected.
 *
 * @param message the message when accepted, else null
 * @param reason  why it was rejected, or null when accepted
 * @param detail  a human explanation of the rejection (for logs), or null when accepted
 */
public record PnsVerification(PnsMessage message, Reason reason, String detail) {

    /** Why a message is rejected. Answer such a body with a 4xx and do not act on it. */
    public enum Reason {
        /** Not JSON, not an object, a repeated member, or a field the message needs is missing or mistyped. */
        MALFORMED,
        /** No {@code signature}, or an empty one. */
        UNSIGNED,
        /** The signature does not verify with the license key: forged, altered, or signed for another app. */
        BAD_SIGNATURE,
        /** Signed, but for another {@code clientId} than the verifier expects. */
        WRONG_CLIENT_ID,
        /** Another {@code environment} than expected, or a sandbox {@code msgVersion} ({@code …D}) outside SANDBOX. */
        WRONG_ENVIRONMENT,
        /** Another {@code marketCode} than expected. */
        WRONG_MARKET_CODE
    }

    static PnsVerification accepted(PnsMessage message) {
        return new PnsVerification(message, null, null);
    }

    static PnsVerification rejected(Reason reason, String detail) {
        return new PnsVerification(null, reason, detail);
    }

    /**
     * Whether the message verified.
     * @return true when {@link #message()} is set and {@link #reason()} is null
     */
    public boolean accepted() {
        return reason == null;
    }

    /**
     * The message, if it verified.
     * @return the message, or empty when rejected
     */
    public Optional<PnsMessage> messageIfAccepted() {
        return Optional.ofNullable(message);
    }
}
