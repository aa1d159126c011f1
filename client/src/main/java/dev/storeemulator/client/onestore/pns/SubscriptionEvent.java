package dev.storeemulator.client.onestore.pns;

/** A subscription message's {@code notificationType} (Google's codes); {@link #UNKNOWN} for any other code. */
public enum SubscriptionEvent {
    RECOVERED(1),
    RENEWED(2),
    CANCELED(3),
    PURCHASED(4),
    ON_HOLD(5),
    IN_GRACE_PERIOD(6),
    RESTARTED(7),
    PAUSED(10),
    REVOKED(12),
    EXPIRED(13),
    UNKNOWN(-1);

    private final int code;

    SubscriptionEvent(int code) {
        this.code = code;
    }

    /** @return the numeric code */
    public int code() {
        return code;
    }

    /**
     * @param code a {@code notificationType}
     * @return its event, or {@link #UNKNOWN}
     */
    public static SubscriptionEvent of(int code) {
        for (SubscriptionEvent e : values()) {
            if (e.code == code && e != UNKNOWN) {
                return e;
            }
        }
        return UNKNOWN;
    }
}
