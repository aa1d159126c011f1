package dev.storeemulator.emulator.catappult;

/**
 * Every error the Catappult emulation can answer, with its default status, dotted {@code code} and {@code text}.
 * The key names the error in fixtures ({@code catappult.settings.errors.<key>}), where any of the three can be
 * overridden (not {@link #INTERNAL}).
 */
public enum CatappultError {
    NOT_FOUND("notFound", 404, "NotFound", "The resource was not found."),
    UNAUTHORIZED(
            "unauthorized",
            401,
            "Authorization.Unauthorized",
            "A valid Api-Key header for this application is required."),
    INVALID_REQUEST("invalidRequest", 400, "Request.Invalid", "The request is malformed."),
    METHOD_NOT_ALLOWED("methodNotAllowed", 405, "Request.MethodNotAllowed", "This method is not allowed here."),
    REVOKED(
            "revoked",
            409,
            "Request.Conflict",
            "The subscription was revoked: it was not acknowledged in time, or it was refunded."),
    INTERNAL("internal", 500, "Internal", "The emulator failed unexpectedly; see its log.");

    private final String key;
    private final int status;
    private final String code;
    private final String text;

    CatappultError(String key, int status, String code, String text) {
        this.key = key;
        this.status = status;
        this.code = code;
        this.text = text;
    }

    /** The name of this error under {@code catappult.settings.errors} in fixtures. */
    public String key() {
        return key;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The default {@code text}; a call may give a more precise one. */
    public String text() {
        return text;
    }
}
