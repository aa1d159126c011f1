package dev.storeemulator.client.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** A clock that only moves when told or when "slept" on: the sleeper records every wait and never blocks. */
public final class FakeTime implements Sleeper, LongSupplier {
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        advance(duration);
    }

    @Override
    public long getAsLong() {
        return nanos.get();
    }

    public void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    public List<Duration> sleeps() {
        return sleeps;
    }

    /** The wall clock, {@link #START} plus the elapsed fake time. */
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return START.plusNanos(nanos.get());
            }
        };
    }

    /** A policy builder whose waits, deadline and HTTP-dates all run on this fake time. */
    public RetryPolicyBuilder policy() {
        return RetryPolicy.builder().sleeper(this).nanoTime(this).clock(clock());
    }
}
