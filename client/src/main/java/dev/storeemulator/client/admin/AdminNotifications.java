package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminRoutes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The notifications the stores sent to developers' servers, newest first: list, read, redeliver, verify. */
public final class AdminNotifications {
    static final int NEAR_MISSES = 10;

    private final AdminHttp http;

    AdminNotifications(AdminHttp http) {
        this.http = http;
    }

    /**
     * @param pattern the filters
     * @return the matching deliveries, newest first (at most the pattern's limit, 100 by default)
     */
    public List<NotificationRecord> find(NotificationPattern pattern) {
        JsonNode answer = http.json(AdminRoutes.LIST_NOTIFICATIONS, pattern.toQueryString(), null);
        List<NotificationRecord> out = new ArrayList<>();
        answer.path("notifications").forEach(n -> out.add(NotificationRecord.from(n)));
        return List.copyOf(out);
    }

    /** @return the newest deliveries, at most 100 */
    public List<NotificationRecord> all() {
        return find(NotificationPattern.any());
    }

    /**
     * @param id a delivery's id
     * @return the delivery with its headers and the body exactly as sent
     */
    public NotificationRecord get(String id) {
        return NotificationRecord.from(http.json(AdminRoutes.GET_NOTIFICATION, null, null, id));
    }

    /**
     * Sends a delivery again now, with a fresh retry schedule.
     * @param id a delivery's id
     * @return the delivery as now queued
     */
    public NotificationRecord redeliver(String id) {
        return NotificationRecord.from(http.json(AdminRoutes.REDELIVER_NOTIFICATION, null, null, id));
    }

    /** Forgets every delivery, pending ones included. */
    public void clear() {
        http.json(AdminRoutes.CLEAR_NOTIFICATIONS, null, null);
    }

    /**
     * Checks that at least one delivery matches.
     * @param pattern what to look for
     * @throws VerificationException listing the recent deliveries of the same store when none matches
     */
    public void verify(NotificationPattern pattern) {
        verify(CountMatcher.atLeast(1), pattern);
    }

    /**
     * Checks how many deliveries match, e.g. {@code verify(exactly(1), store("onestore").event("CANCELED"))}.
     * @param expected the accepted counts
     * @param pattern  what to look for
     * @throws VerificationException listing the recent deliveries of the same store otherwise
     */
    public void verify(CountMatcher expected, NotificationPattern pattern) {
        long matched = find(pattern.limit(1000)).size();
        if (expected.matches(matched)) {
            return;
        }
        throw new VerificationException(explain(expected, pattern, matched), matched);
    }

    /**
     * Waits (polling, real time) until a delivery matching {@code pattern} has been delivered, e.g. after a clock
     * move made a retry fall due.
     * @param pattern what to wait for; {@code status} is set to {@code delivered}
     * @param timeout how long to wait at most
     * @return the delivery
     * @throws VerificationException when none was delivered in time
     */
    public NotificationRecord awaitDelivered(NotificationPattern pattern, Duration timeout) {
        NotificationPattern delivered = pattern.status("delivered");
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<NotificationRecord> found = find(delivered.limit(1));
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (System.nanoTime() > end) {
                throw new VerificationException(explain(CountMatcher.atLeast(1), delivered, 0), 0);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VerificationException("interrupted while waiting for " + delivered, 0);
            }
        }
    }

    private String explain(CountMatcher expected, NotificationPattern pattern, long matched) {
        String store = pattern.filter("store");
        NotificationPattern near =
                (store == null ? NotificationPattern.any() : NotificationPattern.store(store)).limit(NEAR_MISSES);
        List<NotificationRecord> recent = find(near);
        String nl = System.lineSeparator();
        StringBuilder m = new StringBuilder("Expected ")
                .append(expected)
                .append(" notification(s) matching ")
                .append(pattern)
                .append(" but ")
                .append(matched)
                .append(" matched.");
        String where = store == null ? "" : " from " + store;
        if (recent.isEmpty()) {
            m.append(nl).append("No notifications").append(where).append(" were sent.");
        } else {
            m.append(nl)
                    .append("The ")
                    .append(recent.size())
                    .append(" most recent")
                    .append(where)
                    .append(':');
            recent.forEach(r -> m.append(nl).append("  ").append(r.summary()));
        }
        return m.toString();
    }
}
