package dev.storeemulator.client.catappult.notify;

/**
 * A {@code oneTimeProductNotification}'s {@code notificationType} (Google's ONE_TIME_PRODUCT_PURCHASED and
 * ONE_TIME_PRODUCT_CANCELED); {@link #UNKNOWN} for any other code.
 */
public enum OneTimeType {
    /** 1: the purchase was completed. */
    COMPLETED(1),
    /** 2: the purchase was cancelled (refunded). */
    CANCELED(2),
    /** Any other code. */
    UNKNOWN(-1);

    private final int code;

    OneTimeType(int code) {
        this.code = code;
    }

    /**
     * The number on the wire.
     * @return the code, or -1 for {@link #UNKNOWN}
     */
    public int code() {
        return code;
    }

    /**
     * The type of a code.
     * @param code a {@code notificationType}
     * @return its type, or {@link #UNKNOWN}; never throws
     */
    public static OneTimeType of(int code) {
        for (OneTimeType t : values()) {
            if (t.code == code && t != UNKNOWN) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
