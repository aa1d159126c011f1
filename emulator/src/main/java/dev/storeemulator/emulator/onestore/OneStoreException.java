package dev.storeemulator.emulator.onestore;

/** Thrown by ONE store handlers and state; rendered in the store's error format by {@link OneStoreModule}. */
public final class OneStoreException extends RuntimeException
        implements dev.storeemulator.emulator.journal.NearMissFailure {
    private final OneStoreError error;
    private final String detail;
    private dev.storeemulator.emulator.journal.MissedPurchase missed;

    public OneStoreException(OneStoreError error) {
        this(error, null);
    }

    public OneStoreException(OneStoreError error, String detail) {
        super(error.code() + (detail == null ? "" : ": " + detail), null, false, false);
        this.error = error;
        this.detail = detail;
    }

    public OneStoreError error() {
        return error;
    }

    /** The message to send: the specific detail when there is one. */
    public String message() {
        return detail != null ? detail : error.message();
    }

    /** This not-found, naming what the call asked for (for the near-miss hint); returns this. */
    public OneStoreException missing(dev.storeemulator.emulator.journal.MissedPurchase what) {
        this.missed = what;
        return this;
    }

    @Override
    public dev.storeemulator.emulator.journal.MissedPurchase missedPurchase() {
        return missed;
    }
}
