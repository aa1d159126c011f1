package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminRoutes;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The emulator's virtual clock: every store judges expiry, renewals and refunds by it. Moving it makes
 * renewals and expiries happen on the way, as they would in real life.
 */
public final class AdminClock {
    private final AdminHttp http;

    AdminClock(AdminHttp http) {
        this.http = http;
    }

    /**
     * The clock's reading and whether it is frozen.
     * @return the state
     */
    public ClockState state() {
        return ClockState.from(http.object(AdminRoutes.GET_CLOCK, null));
    }

    /**
     * The clock's reading.
     * @return the emulator's "now"
     */
    public Instant now() {
        return state().now();
    }

    /**
     * Whether the clock stands still.
     * @return true when frozen
     */
    public boolean isFrozen() {
        return state().frozen();
    }

    /**
     * Sets the clock, keeping it frozen or running as it was.
     * @param now the new reading
     * @return the clock after
     */
    public ClockState set(Instant now) {
        return ClockState.from(http.object(
                AdminRoutes.SET_CLOCK, Map.of("now", Objects.requireNonNull(now).toString())));
    }

    /**
     * Sets the clock and freezes or unfreezes it.
     * @param now    the new reading
     * @param frozen whether it should stand still
     * @return the clock after
     */
    public ClockState set(Instant now, boolean frozen) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("now", Objects.requireNonNull(now).toString());
        body.put("frozen", frozen);
        return ClockState.from(http.object(AdminRoutes.SET_CLOCK, body));
    }

    /**
     * Moves the clock (negative to go back); for a calendar period use {@code Duration.ofDays(n)}.
     * @param duration how far
     * @return the clock after
     */
    public ClockState advance(Duration duration) {
        return ClockState.from(http.object(
                AdminRoutes.ADVANCE_CLOCK,
                Map.of("duration", Objects.requireNonNull(duration).toString())));
    }

    /**
     * Stops the clock where it is.
     * @return the clock after
     */
    public ClockState freeze() {
        return ClockState.from(http.object(AdminRoutes.FREEZE_CLOCK, null));
    }

    /**
     * Lets the clock run again from where it shows.
     * @return the clock after
     */
    public ClockState unfreeze() {
        return ClockState.from(http.object(AdminRoutes.UNFREEZE_CLOCK, null));
    }
}
