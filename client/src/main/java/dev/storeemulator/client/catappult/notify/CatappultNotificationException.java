package dev.storeemulator.client.catappult.notify;

/**
 * A body that is not a Catappult notification or One-Step Payment callback: not JSON, not an object, or without a
 * field the records need, or with one of the wrong type. The message says which; answer such a body with a 400.
 */
public final class CatappultNotificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CatappultNotificationException(String message) {
        super(message);
    }
}
