package dev.storeemulator.client.catappult.notify;

/** A body that is not a Catappult notification (or One-Step Payment callback). */
public final class CatappultNotificationException extends RuntimeException {
    CatappultNotificationException(String message) {
        super(message);
    }
}
