package dev.storeemulator.features.resilience;

import dev.storeemulator.client.admin.StoreEmulatorAdmin;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The emulator's clock, read over the admin API on every call: ONE store's client judges its access token's
 * expiry by it, so after "15 hours pass" it fetches a fresh token first, as a real backend would.
 */
final class EmulatorClock extends Clock {
    private final StoreEmulatorAdmin admin;

    EmulatorClock(StoreEmulatorAdmin admin) {
        this.admin = admin;
    }

    @Override
    public Instant instant() {
        return admin.clock().now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (!zone.equals(ZoneOffset.UTC)) {
            throw new UnsupportedOperationException("the emulator's clock is read in UTC");
        }
        return this;
    }
}
