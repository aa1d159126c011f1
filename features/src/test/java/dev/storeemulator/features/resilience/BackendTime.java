package dev.storeemulator.features.resilience;

import dev.storeemulator.client.admin.StoreEmulatorAdmin;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The backend's time, as its client's retry policy sees it: real time, plus every wait between attempts.
 * A wait does not block; it moves the emulator's clock on by that much (over the admin API), so a store's
 * rate-limit window ends exactly as it would have, and it is recorded for the Then steps.
 */
final class BackendTime {
    private final StoreEmulatorAdmin admin;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final AtomicLong waitedNanos = new AtomicLong();

    BackendTime(StoreEmulatorAdmin admin) {
        this.admin = admin;
    }

    /** The policy's sleeper: records the wait and lets it pass on the emulator's clock. */
    void sleep(Duration wait) {
        waits.add(wait);
        waitedNanos.addAndGet(wait.toNanos());
        if (!wait.isZero()) {
            admin.clock().advance(wait);
        }
    }

    /** The policy's monotonic time, in which the waits have passed. */
    long nanoTime() {
        return System.nanoTime() + waitedNanos.get();
    }

    /** @return every wait the client made in this scenario, in order */
    List<Duration> waits() {
        return List.copyOf(waits);
    }
}
