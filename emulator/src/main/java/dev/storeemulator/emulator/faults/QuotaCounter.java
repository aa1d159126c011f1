package dev.storeemulator.emulator.faults;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls per fixed window (windows start at multiples of the window since the epoch, so {@code P1D} is the
 * UTC day), per store, package or credential. Keeps at most {@value #MAX_KEYS} keys.
 */
final class QuotaCounter {
    static final int MAX_KEYS = 10_000;

    private final FaultRule.Quota quota;
    private final Map<String, long[]> counts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
            return size() > MAX_KEYS;
        }
    };

    QuotaCounter(FaultRule.Quota quota) {
        this.quota = quota;
    }

    /** Counts one call; -1 while within the limit, else the seconds until the window ends (at least 1). */
    long take(FaultMatch.Call call, String credential, Instant now) {
        long windowMillis = quota.window().toMillis();
        long window = Math.floorDiv(now.toEpochMilli(), windowMillis);
        long[] entry = counts.computeIfAbsent(key(call, credential), k -> new long[] {window, 0});
        if (entry[0] != window) {
            entry[0] = window;
            entry[1] = 0;
        }
        entry[1]++;
        if (entry[1] <= quota.limit()) {
            return -1;
        }
        long endMillis = (window + 1) * windowMillis;
        return Math.max(1, (endMillis - now.toEpochMilli() + 999) / 1000);
    }

    void clear() {
        counts.clear();
    }

    private String key(FaultMatch.Call call, String credential) {
        String per = quota.per() == null ? "store" : quota.per();
        return switch (per) {
            case "package" -> call.store() + "|" + call.packageName();
            case "credential" -> call.store() + "|" + credential;
            default -> call.store();
        };
    }
}
