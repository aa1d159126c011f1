package dev.storeemulator.client.admin;

/**
 * A verification that failed: the expected count, the actual one, and the most recent requests to the
 * same store, so the near misses show. An {@link AssertionError}, so test frameworks report a failure.
 */
public final class VerificationException extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final long matched;

    VerificationException(String message, long matched) {
        super(message);
        this.matched = matched;
    }

    /** @return how many journalled requests matched the pattern */
    public long matched() {
        return matched;
    }
}
