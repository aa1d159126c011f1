package dev.storeemulator.emulator.onestore;

/** Thrown by ONE store handlers and state; rendered in the store's error format by {@link OneStoreModule}. */
public final class OneStoreException extends RuntimeException {
    private final OneStoreError error;
    private final String detail;

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
}
