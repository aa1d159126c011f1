package dev.storeemulator.features.emulator;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import java.time.Clock;
import java.time.Duration;

/** A {@link StoreEmulator} started in this JVM, on a free port, with the demo world and a frozen clock. */
final class InProcessTarget implements EmulatorTarget {
    private final StoreEmulator emulator = StoreEmulator.builder()
            .clock(VirtualClock.frozenAt(SCENARIO_START))
            .build()
            .start();

    @Override
    public String baseUrl() {
        return emulator.baseUrl();
    }

    @Override
    public void reset() {
        emulator.clock().set(SCENARIO_START);
        emulator.reset();
    }

    @Override
    public void advanceClock(Duration duration) {
        emulator.clock().advance(duration);
    }

    @Override
    public Clock clock() {
        return emulator.clock();
    }

    @Override
    public void close() {
        emulator.close();
    }

    @Override
    public String toString() {
        return "in-process emulator at " + baseUrl();
    }
}
