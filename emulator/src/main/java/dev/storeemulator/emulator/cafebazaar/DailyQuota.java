package dev.storeemulator.emulator.cafebazaar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Cafebazaar's per-account daily call quota, counted per UTC day of the emulator's clock. Off when null. */
final class DailyQuota {
    private record Key(String accountId, LocalDate day) {}

    private final Long limit;
    private final ConcurrentHashMap<Key, AtomicLong> counts = new ConcurrentHashMap<>();

    DailyQuota(Long limit) {
        this.limit = limit;
    }

    /** Counts one call; throws rate_limit_exceeded once the day's calls pass the limit. */
    void take(String accountId, Instant now) {
        if (limit == null) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        counts.keySet().removeIf(k -> k.day().isBefore(day));
        long used = counts.computeIfAbsent(new Key(accountId, day), k -> new AtomicLong())
                .incrementAndGet();
        if (used > limit) {
            long retryAfter =
                    now.until(day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), ChronoUnit.SECONDS) + 1;
            throw new CafebazaarException(CafebazaarError.RATE_LIMITED, null, retryAfter);
        }
    }
}
