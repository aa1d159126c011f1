package dev.storeemulator.emulator.onestore;

/** Every error the ONE store emulation answers, as {@code {"error": {"code": …, "message": …}}} with a status. */
public enum OneStoreError {
    NO_SUCH_DATA(404, "NoSuchData", "The requested data does not exist."),
    INVALID_PURCHASE_STATE(409, "InvalidPurchaseState", "The purchase is not in a state that allows this."),
    ACCESS_TOKEN_EXPIRED(401, "AccessTokenExpired", "The access token has expired."),
    INVALID_ACCESS_TOKEN(
            401, "InvalidAccessToken", "The Authorization header must be exactly 'Bearer <access token>'."),
    INVALID_CLIENT(401, "InvalidClient", "The client_id or client_secret is wrong."),
    INVALID_PARAMETER(400, "InvalidParameter", "A parameter is missing, malformed or too long."),
    METHOD_NOT_ALLOWED(405, "MethodNotAllowed", "This method is not allowed on this endpoint."),
    INTERNAL(500, "InternalError", "The emulator failed unexpectedly; see its log.");

    private final int status;
    private final String code;
    private final String message;

    OneStoreError(int status, String code, String message) {
        this.status = status;
        this.code = code;
        this.message = message;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    /** The name of this error under {@code onestore.settings.errors} in fixtures, e.g. {@code noSuchData}. */
    public String key() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
    }
}
