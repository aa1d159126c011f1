package dev.storeemulator.emulator.catappult;

/** A Catappult error: status, dotted code and text, rendered as {@code {"code","path","text","data"}}. */
final class CatappultException extends RuntimeException {
    private final String key;
    private final int status;
    private final String code;

    /** @param key the name under {@code catappult.settings.errors} that may override this error */
    CatappultException(String key, int status, String code, String text) {
        super(text, null, false, false);
        this.key = key;
        this.status = status;
        this.code = code;
    }

    static CatappultException notFound(String text) {
        return new CatappultException("notFound", 404, "NotFound", text);
    }

    String key() {
        return key;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
