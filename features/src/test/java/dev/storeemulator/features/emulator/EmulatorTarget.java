package dev.storeemulator.features.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The emulator the features run against — in this JVM or any running one reached over HTTP — seen
 * only through what a scenario needs: where it lives, a way back to a known world, and its clock.
 *
 * <p>The clock is frozen: time moves only when a step says so, never by sleeping.
 */
public interface EmulatorTarget extends AutoCloseable {
    /** Where every scenario starts: the clock reads this, and the fixtures' relative times count from it. */
    Instant SCENARIO_START = Instant.parse("2026-03-01T09:00:00Z");

    /**
     * Where the store's real paths live.
     * @return e.g. {@code http://127.0.0.1:7171}, without trailing slash
     */
    String baseUrl();

    /** Freezes the clock at {@link #SCENARIO_START}, then puts every store back to its fixtures. */
    void reset();

    /**
     * Moves the emulator's clock forward.
     * @param duration how far
     */
    void advanceClock(Duration duration);

    /**
     * The emulator's clock, for clients that judge token expiry by it.
     * @return a clock that always reads the emulator's current time
     */
    Clock clock();

    /**
     * The emulator's current time.
     * @return the instant its clock shows
     */
    default Instant now() {
        return clock().instant();
    }

    /** Releases what the target started; a target that only borrowed an emulator leaves it running. */
    @Override
    void close();
}
