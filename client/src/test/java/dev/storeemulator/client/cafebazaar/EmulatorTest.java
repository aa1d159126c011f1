package dev.storeemulator.client.cafebazaar;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Runs one in-process emulator (demo world, port 0) per test class, reset before every test. */
abstract class EmulatorTest {
    static VirtualClock clock;
    static StoreEmulator emulator;

    @BeforeAll
    static void startEmulator() {
        clock = VirtualClock.system();
        emulator = StoreEmulator.builder().clock(clock).build().start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.stop();
    }

    @BeforeEach
    void resetEmulator() {
        emulator.reset();
    }
}
