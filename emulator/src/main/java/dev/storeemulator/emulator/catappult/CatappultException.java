package dev.storeemulator.emulator.catappult;

/** A Catappult error: status, dotted code and text, rendered as {@code {"code","path","text","data"}}. */
final class CatappultException extends RuntimeException {
    private final int status;
    private final String code;

    CatappultException(int status, String code, String text) {
        super(text, null, false, false);
        this.status = status;
        this.code = code;
    }

    static CatappultException notFound(String text) {
        return new CatappultException(404, "NotFound", text);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
