package dev.storeemulator.emulator.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The emulator's only source of time: the system clock shifted by an offset, or frozen at an instant.
 * Tests and the control plane move it; store logic only ever reads it.
 */
public final class VirtualClock extends Clock {
    private record State(Duration offset, Instant frozenAt) {}

    private final Clock base;
    private final State initial;
    private final java.util.List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile State state;

    private VirtualClock(Clock base, State state) {
        this.base = base;
        this.initial = state;
        this.state = state;
    }

    /** Runs {@code listener} after every move of the clock (set, advance, unfreeze, restore). */
    public void onMove(Runnable listener) {
        listeners.add(listener);
    }

    private void moved() {
        listeners.forEach(Runnable::run);
    }

    /** Puts the clock back as it was made: following real time, or frozen at its first instant. */
    public void restore() {
        synchronized (this) {
            state = initial;
        }
        moved();
    }

    /** A clock that follows real time until it is moved. */
    public static VirtualClock system() {
        return new VirtualClock(Clock.systemUTC(), new State(Duration.ZERO, null));
    }

    /** A clock frozen at {@code instant}; it only moves when told to. */
    public static VirtualClock frozenAt(Instant instant) {
        return new VirtualClock(Clock.systemUTC(), new State(Duration.ZERO, instant));
    }

    @Override
    public Instant instant() {
        State s = state;
        return s.frozenAt != null ? s.frozenAt : base.instant().plus(s.offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view in another zone that still follows this clock. */
    @Override
    public Clock withZone(ZoneId zone) {
        VirtualClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    /** Moves the clock to {@code instant}, keeping it frozen or running as it was. */
    public void set(Instant instant) {
        synchronized (this) {
            State s = state;
            state = s.frozenAt != null
                    ? new State(s.offset, instant)
                    : new State(Duration.between(base.instant(), instant), null);
        }
        moved();
    }

    /** Moves the clock forward (or back, for a negative duration). */
    public void advance(Duration duration) {
        synchronized (this) {
            Instant now = instant().plus(duration);
            State s = state;
            state = s.frozenAt != null
                    ? new State(s.offset, now)
                    : new State(Duration.between(base.instant(), now), null);
        }
        moved();
    }

    /** Stops the clock at its current instant. */
    public synchronized void freeze() {
        if (state.frozenAt == null) {
            state = new State(state.offset, instant());
        }
    }

    /** Lets a frozen clock run again from the instant it shows. */
    public void unfreeze() {
        synchronized (this) {
            State s = state;
            if (s.frozenAt != null) {
                state = new State(Duration.between(base.instant(), s.frozenAt), null);
            }
        }
        moved();
    }

    public boolean isFrozen() {
        return state.frozenAt != null;
    }

    /** How far ahead of real time the clock runs (what a running clock keeps across a restart). */
    public Duration offset() {
        return state.offset;
    }

    /** Puts back a saved setting: frozen at {@code frozenAt}, or (when null) running {@code offset} ahead of real time. */
    public void restoreTo(Duration offset, Instant frozenAt) {
        synchronized (this) {
            state = new State(offset, frozenAt);
        }
        moved();
    }
}
