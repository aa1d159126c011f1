package dev.storeemulator.emulator.admin;

/** An admin request that cannot be carried out; rendered as {@code {"error": code, "message": text}}. */
final class AdminException extends RuntimeException {
    private final int status;
    private final String code;

    AdminException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static AdminException badRequest(String message) {
        return new AdminException(400, "invalid_request", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
