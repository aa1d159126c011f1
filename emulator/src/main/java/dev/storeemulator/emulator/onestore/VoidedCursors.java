package dev.storeemulator.emulator.onestore;

import dev.storeemulator.emulator.core.RandomTokens;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opaque continuation keys of the voided-purchases list: each names a fixed window and the position
 * after the last item returned, so pages stay stable while new voids arrive. At most {@value #LIMIT}
 * are kept (oldest dropped first), so memory stays bounded.
 */
final class VoidedCursors {
    static final int LIMIT = 10_000;
    /** Real keys are at most 41 characters. */
    static final int KEY_LENGTH = 40;

    record Cursor(
            String packageName, Instant start, Instant end, int maxResults, Instant afterVoided, String afterId) {}

    private final Map<String, Cursor> cursors = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cursor> eldest) {
            return size() > LIMIT;
        }
    };

    synchronized String put(Cursor cursor) {
        String key = RandomTokens.alphanumeric(KEY_LENGTH);
        cursors.put(key, cursor);
        return key;
    }

    synchronized Cursor get(String key) {
        return cursors.get(key);
    }
}
