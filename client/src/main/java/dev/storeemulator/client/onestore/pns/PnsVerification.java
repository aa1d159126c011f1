package dev.storeemulator.client.onestore.pns;

import java.util.Optional;

/**
 * What {@link OneStorePnsVerifier#verify} made of a body: the message, or why it was rejected.
 *
 * @param message the message when accepted
 * @param reason  why it was rejected, or null
 * @param detail  a human explanation of the rejection, or null
 */
public record PnsVerification(PnsMessage message, Reason reason, String detail) {

    /** Why a message is rejected. */
    public enum Reason {
        /** Not a JSON object of a known message shape. */
        MALFORMED,
        /** No {@code signature}. */
        UNSIGNED,
        /** The signature does not verify with the license key. */
        BAD_SIGNATURE,
        /** Signed for another app. */
        WRONG_CLIENT_ID,
        /** Another environment than expected, or a sandbox {@code msgVersion} outside the sandbox. */
        WRONG_ENVIRONMENT,
        /** Another market than expected. */
        WRONG_MARKET_CODE
    }

    static PnsVerification accepted(PnsMessage message) {
        return new PnsVerification(message, null, null);
    }

    static PnsVerification rejected(Reason reason, String detail) {
        return new PnsVerification(null, reason, detail);
    }

    /** @return whether the message verified */
    public boolean accepted() {
        return reason == null;
    }

    /** @return the message, when accepted */
    public Optional<PnsMessage> messageIfAccepted() {
        return Optional.ofNullable(message);
    }
}
