package dev.storeemulator.emulator.catappult;

/** A Catappult error: status, dotted code and text, rendered as {@code {"code","path","text","data"}}. */
final class CatappultException extends RuntimeException implements dev.storeemulator.emulator.journal.NearMissFailure {
    private final CatappultError error;
    private dev.storeemulator.emulator.journal.MissedPurchase missed;

    /** {@code error} with the precise {@code text} of this call. */
    CatappultException(CatappultError error, String text) {
        super(text, null, false, false);
        this.error = error;
    }

    CatappultException(CatappultError error) {
        this(error, error.text());
    }

    static CatappultException notFound(String text) {
        return new CatappultException(CatappultError.NOT_FOUND, text);
    }

    /** This not-found, naming what the call asked for (for the near-miss hint); returns this. */
    CatappultException missing(dev.storeemulator.emulator.journal.MissedPurchase what) {
        this.missed = what;
        return this;
    }

    @Override
    public dev.storeemulator.emulator.journal.MissedPurchase missedPurchase() {
        return missed;
    }

    CatappultError error() {
        return error;
    }

    /** The name under {@code catappult.settings.errors} that may override this error. */
    String key() {
        return error.key();
    }

    int status() {
        return error.status();
    }

    String code() {
        return error.code();
    }
}
