package dev.storeemulator.emulator.cafebazaar;

/**
 * Every error the Cafebazaar emulation can answer, with its default status, {@code error} code and
 * {@code error_description}. The key names the error in fixtures ({@code settings.errors.<key>}), where
 * any of the three can be overridden — the [DECIDED] ones are guesses where no public record exists.
 */
public enum CafebazaarError {
    MISSING_TOKEN("missingToken", 401, "invalid_credentials", "Authentication credentials were not provided."),
    UNKNOWN_TOKEN("unknownToken", 401, "invalid_credentials", "The access token is invalid."),
    EXPIRED_TOKEN("expiredToken", 401, "invalid_credentials", "The access token has expired."),
    WRONG_PISHKHAN_SECRET("wrongPishkhanSecret", 403, "invalid_credentials", "The Pishkhan API secret is invalid."),
    UNKNOWN_PACKAGE("unknownPackage", 404, "invalid_value", "Package name is invalid"),
    PURCHASE_NOT_FOUND("purchaseNotFound", 404, "not_found", "The requested purchase is not found!"),
    SUBSCRIPTION_NOT_FOUND("subscriptionNotFound", 404, "not_found", "The requested subscription is not found!"),
    SUBSCRIPTION_NOT_ACTIVE(
            "subscriptionNotActive", 400, "invalid_value", "The subscription is already cancelled or expired."),
    ALREADY_CONSUMED("alreadyConsumed", 400, "already_consumed", "The purchase is already consumed."),
    IS_SUBSCRIPTION("isSubscription", 400, "is_subscription", "A subscription cannot be consumed."),
    IS_REFUNDED("isRefunded", 400, "is_refunded", "The purchase is refunded."),
    RATE_LIMITED("rateLimited", 429, "rate_limit_exceeded", "The daily request quota of this account is used up."),
    INVALID_BODY("invalidBody", 400, "invalid_value", "The body must be a JSON object with a \"token\" string."),
    METHOD_NOT_ALLOWED("methodNotAllowed", 405, "method_not_allowed", "This method is not allowed on this endpoint."),
    TOKEN_INVALID_REQUEST("tokenInvalidRequest", 400, "invalid_request", "A required field is missing."),
    TOKEN_INVALID_CLIENT("tokenInvalidClient", 401, "invalid_client", "Client authentication failed."),
    TOKEN_INVALID_GRANT("tokenInvalidGrant", 400, "invalid_grant", "The grant is invalid."),
    TOKEN_UNSUPPORTED_GRANT_TYPE(
            "tokenUnsupportedGrantType", 400, "unsupported_grant_type", "The grant type is not supported."),
    INTERNAL("internalError", 500, "server_error", "The emulator failed unexpectedly; see its log.");

    private final String key;
    private final int status;
    private final String code;
    private final String description;

    CafebazaarError(String key, int status, String code, String description) {
        this.key = key;
        this.status = status;
        this.code = code;
        this.description = description;
    }

    /** The name of this error under {@code cafebazaar.settings.errors} in fixtures. */
    public String key() {
        return key;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}
