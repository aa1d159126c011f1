package dev.storeemulator.emulator.cafebazaar;

/** Thrown by Cafebazaar handlers and state; rendered by {@link CafebazaarErrors} in the store's format. */
public final class CafebazaarException extends RuntimeException
        implements dev.storeemulator.emulator.journal.NearMissFailure {
    private final CafebazaarError error;
    private final String detail;
    private final long retryAfterSeconds;
    private dev.storeemulator.emulator.journal.MissedPurchase missed;

    public CafebazaarException(CafebazaarError error) {
        this(error, null);
    }

    /** @param detail a description more precise than the default, or null */
    public CafebazaarException(CafebazaarError error, String detail) {
        this(error, detail, -1);
    }

    /** @param retryAfterSeconds value of a Retry-After header, or -1 for none */
    public CafebazaarException(CafebazaarError error, String detail, long retryAfterSeconds) {
        super(error.key() + (detail == null ? "" : ": " + detail), null, false, false);
        this.error = error;
        this.detail = detail;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** This not-found, naming what the call asked for (for the near-miss hint); returns this. */
    public CafebazaarException missing(dev.storeemulator.emulator.journal.MissedPurchase what) {
        this.missed = what;
        return this;
    }

    @Override
    public dev.storeemulator.emulator.journal.MissedPurchase missedPurchase() {
        return missed;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public CafebazaarError error() {
        return error;
    }

    public String detail() {
        return detail;
    }
}
