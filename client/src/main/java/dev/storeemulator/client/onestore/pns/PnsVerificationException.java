package dev.storeemulator.client.onestore.pns;

/** Thrown by {@link OneStorePnsVerifier#verifyOrThrow(String)} for a message that did not verify. */
public final class PnsVerificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the message was rejected. */
    private final PnsVerification.Reason reason;

    /** The human explanation. */
    private final String detail;

    PnsVerificationException(PnsVerification.Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.detail = detail;
    }

    /**
     * Why the message was rejected.
     * @return the reason
     */
    public PnsVerification.Reason reason() {
        return reason;
    }

    /**
     * What was wrong, for logs.
     * @return the explanation, as in {@link PnsVerification#detail()}
     */
    public String detail() {
        return detail;
    }
}
