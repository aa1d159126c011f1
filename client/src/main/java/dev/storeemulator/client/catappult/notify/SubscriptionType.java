package dev.storeemulator.client.catappult.notify;

/**
 * A {@code subscriptionNotification}'s {@code notificationType}, with Google Play's codes; {@link #UNKNOWN} for any
 * other code.
 */
public enum SubscriptionType {
    /** 1: recovered from account hold. */
    RECOVERED(1),
    /** 2: an active subscription renewed. */
    RENEWED(2),
    /** 3: cancelled (it stays active to the end of the period). */
    CANCELED(3),
    /** 4: newly bought. */
    PURCHASED(4),
    /** 5: entered account hold. */
    ON_HOLD(5),
    /** 6: entered its grace period. */
    IN_GRACE_PERIOD(6),
    /** 7: a cancellation was undone before the period ended. */
    RESTARTED(7),
    /** 10: paused. */
    PAUSED(10),
    /** 12: revoked before its expiry. */
    REVOKED(12),
    /** 13: expired. */
    EXPIRED(13),
    /** Any other code. */
    UNKNOWN(-1);

    private final int code;

    SubscriptionType(int code) {
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
    public static SubscriptionType of(int code) {
        for (SubscriptionType t : values()) {
            if (t.code == code && t != UNKNOWN) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
