package dev.storeemulator.client.catappult;

import dev.storeemulator.client.http.Attempts;
import dev.storeemulator.client.http.StoreCallException;

/**
 * Every failure of a Catappult call: an error answer (any status but the expected one, normally with
 * {@code {"code", "path", "text", "data"}}), a body that is not what the API documents, or no answer at all
 * (status 0: connection failure, timeout, interruption).
 *
 * <p>On Catappult a 200 is the verdict "valid": for validation, any other answer means the purchase must not
 * be granted. {@link #isNotFound()} tells the usual case (unknown token, another package or SKU).
 *
 * <p>Thrown after the client's retry policy gave up: {@link #attempts()} says how many attempts were made
 * (the message ends with {@code (after N attempts)} when more than one), and {@link #isPossiblyDuplicate()}
 * marks an "already done" refusal that an earlier attempt of the same call may have caused.
 */
public final class CatappultException extends StoreCallException {
    private static final long serialVersionUID = 1L;

    /** The dotted error code, or null. */
    private final String code;
    /** The request path the store echoed, or null. */
    private final String path;
    /** The store's message, or null. */
    private final String text;

    /**
     * Creates the exception.
     * @param status the HTTP status, or {@link #NO_RESPONSE}
     * @param code   the {@code code} of the error body, e.g. {@code NotFound}; null when the body had none
     * @param path   the {@code path} of the error body; null when absent
     * @param text   the {@code text} of the error body; null when absent
     * @param detail what happened, for the message when there is no {@code text}; may be null
     * @param cause  the underlying failure, or null
     */
    public CatappultException(int status, String code, String path, String text, String detail, Throwable cause) {
        this(status, code, path, text, detail, cause, Attempts.ONE);
    }

    /**
     * Creates the exception for the final answer of a call that may have been retried.
     * @param status the HTTP status, or {@link #NO_RESPONSE}
     * @param code   the {@code code} of the error body; null when the body had none
     * @param path   the {@code path} of the error body; null when absent
     * @param text   the {@code text} of the error body; null when absent
     * @param detail what happened, for the message when there is no {@code text}; may be null
     * @param cause  the underlying failure, or null
     * @param attempts the attempts the call made, and whether an earlier one's effect is unknown
     */
    public CatappultException(
            int status, String code, String path, String text, String detail, Throwable cause, Attempts attempts) {
        super(status, code, text, detail, cause, attempts, false);
        this.code = code;
        this.path = path;
        this.text = text;
    }

    /**
     * The dotted error code Catappult sent, such as {@code NotFound} or {@code Authorization.Unauthorized}.
     * @return the code, or null when the body was not a Catappult error object
     */
    public String code() {
        return code;
    }

    /**
     * The request path the error body names.
     * @return the path, or null when absent
     */
    public String path() {
        return path;
    }

    /**
     * The human-readable {@code text} of the error body.
     * @return the text, or null when absent
     */
    public String text() {
        return text;
    }

    /**
     * Whether the store answered 404: no such purchase for that package and SKU (or no such resource).
     * @return true for status 404
     */
    public boolean isNotFound() {
        return status() == 404;
    }

    /**
     * Whether the {@code Api-Key} was missing or refused.
     * @return true for status 401 or 403
     */
    public boolean isUnauthorized() {
        return status() == 401 || status() == 403;
    }

    /**
     * Whether a quota was exceeded.
     * @return true for status 429
     */
    public boolean isRateLimited() {
        return status() == 429;
    }

    /**
     * Whether this is an "already done" refusal to a retried non-idempotent call, as the other store clients
     * report. Never on Catappult: its only such call, acknowledge, answers 204 again when repeated, so a retry
     * after an earlier attempt that took effect simply succeeds.
     * @return false
     */
    @Override
    public boolean isPossiblyDuplicate() {
        return false;
    }
}
