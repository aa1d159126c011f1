package dev.storeemulator.client.catappult.notify;

/** A {@code voidedPurchaseNotification}'s {@code productType}; {@link #UNKNOWN} for any other code. */
public enum VoidedProductType {
    /** 1: a subscription. */
    SUBSCRIPTION(1),
    /** 2: a one-time product. */
    ONE_TIME(2),
    /** Any other code, or none. */
    UNKNOWN(-1);

    private final int code;

    VoidedProductType(int code) {
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
     * @param code a {@code productType}
     * @return its type, or {@link #UNKNOWN}; never throws
     */
    public static VoidedProductType of(int code) {
        for (VoidedProductType t : values()) {
            if (t.code == code && t != UNKNOWN) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
