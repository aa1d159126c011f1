package dev.storeemulator.emulator.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VirtualClockTest {
    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aFrozenClockOnlyMovesWhenTold() {
        VirtualClock clock = VirtualClock.frozenAt(T);
        assertThat(clock.instant()).isEqualTo(T);
        clock.advance(Duration.ofDays(31));
        assertThat(clock.instant()).isEqualTo(T.plus(Duration.ofDays(31)));
        clock.set(T);
        assertThat(clock.instant()).isEqualTo(T);
    }

    @Test
    void aRunningClockKeepsItsOffsetAfterBeingMoved() {
        VirtualClock clock = VirtualClock.system();
        clock.set(T);
        assertThat(Duration.between(T, clock.instant())).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        clock.advance(Duration.ofDays(1));
        assertThat(clock.instant()).isAfterOrEqualTo(T.plus(Duration.ofDays(1)));
    }

    @Test
    void aViewInAnotherZoneStillFollowsTheClock() {
        VirtualClock clock = VirtualClock.frozenAt(T);
        java.time.Clock tehran = clock.withZone(java.time.ZoneId.of("Asia/Tehran"));
        clock.advance(Duration.ofHours(5));
        assertThat(tehran.instant()).isEqualTo(T.plus(Duration.ofHours(5)));
    }

    @Test
    void freezingAndUnfreezingKeepTheReading() {
        VirtualClock clock = VirtualClock.system();
        clock.set(T);
        clock.freeze();
        assertThat(clock.isFrozen()).isTrue();
        Instant frozen = clock.instant();
        clock.unfreeze();
        assertThat(clock.isFrozen()).isFalse();
        assertThat(clock.instant()).isAfterOrEqualTo(frozen).isBefore(frozen.plusSeconds(5));
    }
}
