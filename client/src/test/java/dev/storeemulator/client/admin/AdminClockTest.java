package dev.storeemulator.client.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdminClockTest extends AdminTestSupport {
    private static final Instant NEW_YEAR = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void setFrozenPutsTheClockAtThatInstantAndKeepsItThere() {
        ClockState state = admin.clock().set(NEW_YEAR, true);
        assertThat(state.frozen()).isTrue();
        // The emulator sets, then freezes: the reading may have run on for a few microseconds in between.
        assertThat(state.now()).isBetween(NEW_YEAR, NEW_YEAR.plusMillis(100));
        assertThat(admin.clock().now()).isEqualTo(state.now());
        assertThat(emulator.clock().instant()).isEqualTo(state.now());
    }

    @Test
    void advanceMovesTheClockByTheDuration() {
        admin.clock().freeze();
        admin.clock().set(NEW_YEAR);
        assertThat(admin.clock().advance(Duration.ofDays(31)).now()).isEqualTo(NEW_YEAR.plus(Duration.ofDays(31)));
        assertThat(admin.clock().advance(Duration.ofHours(-1)).now())
                .isEqualTo(NEW_YEAR.plus(Duration.ofDays(31)).minus(Duration.ofHours(1)));
    }

    @Test
    void freezeAndUnfreezeToggleTheClock() {
        assertThat(admin.clock().freeze().frozen()).isTrue();
        assertThat(admin.clock().isFrozen()).isTrue();
        assertThat(admin.clock().unfreeze().frozen()).isFalse();
        assertThat(admin.clock().isFrozen()).isFalse();
    }

    @Test
    void setWithoutFrozenKeepsTheClockAsItWas() {
        admin.clock().freeze();
        assertThat(admin.clock().set(NEW_YEAR)).isEqualTo(new ClockState(NEW_YEAR, true));
    }
}
