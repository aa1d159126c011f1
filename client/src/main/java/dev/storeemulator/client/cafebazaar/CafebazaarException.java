package dev.storeemulator.client.cafebazaar;

import dev.storeemulator.client.http.Attempts;
import dev.storeemulator.client.http.StoreCallException;

/**
 * Every failure of a Cafebazaar call: an error answer ({@code 40X} with
 * {@code {"error": …, "error_description": …}}), a body that is not what the API documents (an HTML
 * page, say), or no answer at all (status 0: connection failure, timeout, interruption).
 *
 * <p>Only {@link #isNotFound()} proves a purchase or subscription does not exist; an HTML 404 from a
 * wrong URL has a null {@link #error()} and is not "not found".
 *
 * <p>Thrown after the client's retry policy gave up: {@link #attempts()} says how many attempts were made
 * (the message ends with {@code (after N attempts)} when more than one), and {@link #isPossiblyDuplicate()}
 * marks an "already done" refusal that an earlier attempt of the same call may have caused.
 */
public final class CafebazaarException extends StoreCallException {
    private static final long serialVersionUID = 1L;

    /** The {@code error} code, or null. */
    private final String error;
    /** The {@code error_description}, or null. */
    private final String errorDescription;

    /**
     * Creates the exception.
     * @param status           the HTTP status, or {@link #NO_RESPONSE}
     * @param error            the {@code error} code of the body; null when the body had none
     * @param errorDescription the {@code error_description}; null when absent
     * @param detail           what happened, for the message when there is no {@code error_description}
     * @param cause            the underlying failure, or null
     */
    public CafebazaarException(int status, String error, String errorDescription, String detail, Throwable cause) {
        this(status, error, errorDescription, detail, cause, Attempts.ONE);
    }

    /**
     * Creates the exception for the final answer of a call that may have been retried.
     * @param status           the HTTP status, or {@link #NO_RESPONSE}
     * @param error            the {@code error} code of the body; null when the body had none
     * @param errorDescription the {@code error_description}; null when absent
     * @param detail           what happened, for the message when there is no {@code error_description}
     * @param cause            the underlying failure, or null
     * @param attempts the attempts the call made, and whether an earlier one's effect is unknown
     */
    public CafebazaarException(
            int status, String error, String errorDescription, String detail, Throwable cause, Attempts attempts) {
        super(status, error, errorDescription, detail, cause, attempts, alreadyDone(status, error));
        this.error = error;
        this.errorDescription = errorDescription;
    }

    /** The refusals a repeated consume, cancel or code exchange meets when an earlier attempt took effect. */
    private static boolean alreadyDone(int status, String error) {
        return "already_consumed".equals(error)
                || "invalid_grant".equals(error)
                || status == 400 && "invalid_value".equals(error);
    }

    /**
     * The {@code error} code Cafebazaar sent, such as {@code not_found} or {@code invalid_grant}.
     * @return the code, or null when the body was not a Cafebazaar error object
     */
    public String error() {
        return error;
    }

    /**
     * The {@code error_description} Cafebazaar sent.
     * @return the description, or null when absent
     */
    public String errorDescription() {
        return errorDescription;
    }

    /**
     * Whether the purchase or subscription does not exist: the only answer that proves a purchase
     * was not made.
     * @return true when {@code error} is {@code not_found}
     */
    public boolean isNotFound() {
        return "not_found".equals(error);
    }

    /**
     * Whether the credentials were refused (401 or 403).
     * @return true for status 401 or 403
     */
    public boolean isAuthenticationFailure() {
        return status() == 401 || status() == 403;
    }

    /**
     * Whether a consume was refused because the purchase is already consumed.
     * @return true when {@code error} is {@code already_consumed}
     */
    public boolean isAlreadyConsumed() {
        return "already_consumed".equals(error);
    }

    /**
     * Whether the daily quota is used up.
     * @return true for status 429
     */
    public boolean isRateLimited() {
        return status() == 429;
    }

    /**
     * Whether this is the store's "already done" refusal (400 {@code already_consumed} to a consume,
     * {@code invalid_value} to a cancel, {@code invalid_grant} to a code exchange) to a retry of a
     * non-idempotent call whose earlier attempt got no definite answer: the action has happened, but that
     * earlier attempt may have done it, or something else may have (another server, a replayed token). The
     * exception is still thrown: decide with your own records, e.g. grant only if you have not granted yet.
     * @return true only for such a retried refusal
     */
    @Override
    public boolean isPossiblyDuplicate() {
        return super.isPossiblyDuplicate();
    }
}
