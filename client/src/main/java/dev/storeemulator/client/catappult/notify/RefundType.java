package dev.storeemulator.client.catappult.notify;

/** A {@code voidedPurchaseNotification}'s {@code refundType}; {@link #UNKNOWN} for any other code. */
public enum RefundType {
    /** 1: the whole purchase was refunded. */
    FULL(1),
    /** 2: part of it was refunded. */
    PARTIAL(2),
    /** Any other code, or none. */
    UNKNOWN(-1);

    private final int code;

    RefundType(int code) {
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
     * @param code a {@code refundType}
     * @return its type, or {@link #UNKNOWN}; never throws
     */
    public static RefundType of(int code) {
        for (RefundType t : values()) {
            if (t.code == code && t != UNKNOWN) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
