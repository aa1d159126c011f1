package dev.storeemulator.client.onestore.pns;

/** A PNS message that did not verify; {@link #reason()} says why. */
public final class PnsVerificationException extends RuntimeException {
    private final PnsVerification.Reason reason;

    PnsVerificationException(PnsVerification.Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    /** @return why the message was rejected */
    public PnsVerification.Reason reason() {
        return reason;
    }
}
