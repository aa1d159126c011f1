package dev.storeemulator.client.onestore;

import dev.storeemulator.client.http.Attempts;
import dev.storeemulator.client.http.StoreCallException;

/**
 * Every failure of a ONE store call: an error answer ({@code {"error": {"code": …, "message": …}}} with
 * its HTTP status), a body that is not what the API documents (an HTML 404 page, say: status set, null
 * {@link #code()}), or no answer at all (status {@link #NO_RESPONSE}: connection failure, timeout,
 * interruption). No Jackson or I/O exception ever escapes the client otherwise.
 *
 * <p>Only {@link #isNoSuchData()} proves a purchase does not exist; an HTML 404 from a wrong URL has a
 * null code and is not "no such data".
 *
 * <p>Thrown after the client's retry policy gave up: {@link #attempts()} says how many attempts were made
 * (the message ends with {@code (after N attempts)} when more than one), and {@link #isPossiblyDuplicate()}
 * marks an "already done" refusal that an earlier attempt of the same call may have caused.
 */
public final class OneStoreException extends StoreCallException {
    private static final long serialVersionUID = 1L;

    /** The {@code error.code}, or null. */
    private final String code;
    /** The {@code error.message}, or null. */
    private final String errorMessage;

    /**
     * Creates the exception.
     * @param status       the HTTP status, or {@link #NO_RESPONSE}
     * @param code         the {@code error.code} of the body; null when the body had none
     * @param errorMessage the {@code error.message}; null when absent
     * @param detail       what happened, for the message when there is no {@code error.message}
     * @param cause        the underlying failure, or null
     */
    public OneStoreException(int status, String code, String errorMessage, String detail, Throwable cause) {
        this(status, code, errorMessage, detail, cause, Attempts.ONE);
    }

    /**
     * Creates the exception for the final answer of a call that may have been retried.
     * @param status       the HTTP status, or {@link #NO_RESPONSE}
     * @param code         the {@code error.code} of the body; null when the body had none
     * @param errorMessage the {@code error.message}; null when absent
     * @param detail       what happened, for the message when there is no {@code error.message}
     * @param cause        the underlying failure, or null
     * @param attempts the attempts the call made, and whether an earlier one's effect is unknown
     */
    public OneStoreException(
            int status, String code, String errorMessage, String detail, Throwable cause, Attempts attempts) {
        super(status, code, errorMessage, detail, cause, attempts, "InvalidPurchaseState".equals(code));
        this.code = code;
        this.errorMessage = errorMessage;
    }

    /**
     * The {@code error.code} ONE store sent, such as {@code NoSuchData} or {@code InvalidPurchaseState}.
     * @return the code, or null when the body was not a ONE store error object
     */
    public String code() {
        return code;
    }

    /**
     * The {@code error.message} ONE store sent.
     * @return the message, or null when absent
     */
    public String errorMessage() {
        return errorMessage;
    }

    /**
     * Whether the purchase (or series) does not exist in this environment, or does not match the product.
     * @return true when the code is {@code NoSuchData}
     */
    public boolean isNoSuchData() {
        return "NoSuchData".equals(code);
    }

    /**
     * Whether the purchase's state forbids the action (already consumed, cancelled, already cancelled…).
     * @return true when the code is {@code InvalidPurchaseState}
     */
    public boolean isInvalidPurchaseState() {
        return "InvalidPurchaseState".equals(code);
    }

    /**
     * Whether the access token had expired.
     * @return true when the code is {@code AccessTokenExpired}
     */
    public boolean isAccessTokenExpired() {
        return "AccessTokenExpired".equals(code);
    }

    /**
     * Whether the client id (package name) or client secret was refused by the token endpoint.
     * @return true when the code is {@code InvalidClient}
     */
    public boolean isInvalidClient() {
        return "InvalidClient".equals(code);
    }

    /**
     * Whether this is the store's "already done" refusal (409 {@code InvalidPurchaseState}) to a
     * retry of a non-idempotent call whose earlier attempt got no definite answer: the action has happened,
     * but that earlier attempt may have done it, or something else may have (another server, a replayed
     * token). The exception is still thrown: decide with your own records, e.g. grant only if you have not.
     * @return true only for such a retried refusal
     */
    @Override
    public boolean isPossiblyDuplicate() {
        return super.isPossiblyDuplicate();
    }
}
