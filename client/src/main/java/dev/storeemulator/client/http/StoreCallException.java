package dev.storeemulator.client.http;

/**
 * What every store client's exception shares: the HTTP status of the final answer (or {@link #NO_RESPONSE}),
 * how many attempts the call made, and whether an "already done" refusal may be an earlier attempt's effect.
 * The message reads {@code HTTP <status> <code>: <text>}, then {@code (after N attempts)} when retried.
 */
public abstract class StoreCallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The status used when no HTTP answer was received. */
    public static final int NO_RESPONSE = 0;

    private final int status;
    private final int attempts;
    private final boolean possiblyDuplicate;

    /**
     * @param status      the HTTP status, or {@link #NO_RESPONSE}
     * @param code        the store's error code, or null
     * @param text        the store's error text, or null
     * @param detail      what happened, for the message when there is no {@code text}
     * @param cause       the underlying failure, or null
     * @param attempts    the attempts the call made, and whether an earlier one's effect is unknown
     * @param alreadyDone whether the answer is the store's "already done" refusal to this call
     */
    protected StoreCallException(
            int status,
            String code,
            String text,
            String detail,
            Throwable cause,
            Attempts attempts,
            boolean alreadyDone) {
        super(message(status, code, text, detail) + attempts.describe(attempts.possiblyDuplicate(alreadyDone)), cause);
        this.status = status;
        this.attempts = attempts.count();
        this.possiblyDuplicate = attempts.possiblyDuplicate(alreadyDone);
    }

    private static String message(int status, String code, String text, String detail) {
        StringBuilder m = new StringBuilder(status == NO_RESPONSE ? "no HTTP response" : "HTTP " + status);
        if (code != null) {
            m.append(' ').append(code);
        }
        if (text != null) {
            m.append(": ").append(text);
        } else if (detail != null) {
            m.append(": ").append(detail);
        }
        return m.toString();
    }

    /**
     * The HTTP status of the answer.
     * @return the status, or {@link #NO_RESPONSE} (0) when no answer was received
     */
    public int status() {
        return status;
    }

    /**
     * Whether no HTTP answer was received (connection failure, timeout, interruption).
     * @return true when {@link #status()} is {@link #NO_RESPONSE}
     */
    public boolean isTransportFailure() {
        return status == NO_RESPONSE;
    }

    /**
     * How many attempts the call made before this failure (see {@link RetryPolicy}).
     * @return 1 when the call was sent once
     */
    public int attempts() {
        return attempts;
    }

    /**
     * Whether this is the store's "already done" refusal to a retry of a non-idempotent call whose earlier
     * attempt got no definite answer: the action has happened, but that earlier attempt may have done it, or
     * something else may have (another server, a replayed token). Decide with your own records.
     * @return true only for such a retried refusal
     */
    public boolean isPossiblyDuplicate() {
        return possiblyDuplicate;
    }
}
