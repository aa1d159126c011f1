package dev.storeemulator.emulator.hostile;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One emulator per test class: the demo world, the clock frozen at 2026-04-01, for the wire-level suites. */
abstract class DemoWorldOnFrozenClock {
    static StoreEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(Instant.parse("2026-04-01T00:00:00Z")))
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }
}
