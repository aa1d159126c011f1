package dev.storeemulator.emulator;

import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.spi.LiveStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While the clock runs, looks at the stores' timers once a {@code period}, so that what falls due as real time
 * passes (a renewal, a revocation, the end of a grace period) is told by its notification within that period, as it
 * is at once when the clock is moved. A frozen clock is never looked at: only its moves are. The timers themselves
 * stay functions of state and clock; this only asks the stores that {@link LiveStore#watchesRealTime watch} to
 * compare the clock now with when they last looked.
 */
final class ClockWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClockWatch.class);

    private final VirtualClock clock;
    private final List<LiveStore<?>> stores;
    private final Duration period;
    private ScheduledExecutorService timer;

    ClockWatch(VirtualClock clock, List<LiveStore<?>> stores, Duration period) {
        this.clock = clock;
        this.stores = List.copyOf(stores);
        this.period = period;
    }

    synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "store-emulator-clock-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::look, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void look() {
        if (clock.isFrozen()) {
            return;
        }
        for (LiveStore<?> store : stores) {
            try {
                if (store.watchesRealTime()) {
                    store.clockMoved();
                }
            } catch (RuntimeException e) {
                LOG.warn("Looking at {}'s timers failed", store.name(), e);
            }
        }
    }

    /** Stops looking; {@link #start} looks again (an emulator stopped and started again). */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
