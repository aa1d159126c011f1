package dev.storeemulator.client.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One notification a store sent (or is sending) to a developer's server, and every attempt to deliver it.
 *
 * @param id            the delivery's id, e.g. {@code n3}
 * @param store         the store that sent it
 * @param packageName   the app
 * @param token         the purchase token (or id) it is about, or null
 * @param event         what it tells, e.g. {@code CANCELED}
 * @param url           where it goes
 * @param status        {@code pending}, {@code delivered} or {@code failed}
 * @param attempts      every attempt, oldest first
 * @param nextAttemptAt when it is tried next (emulator time), while pending
 * @param faults        what fault rules did to it (dropped, duplicated, held…)
 * @param headers       the headers sent (only from {@link AdminNotifications#get})
 * @param body          the body exactly as sent (only from {@link AdminNotifications#get})
 */
public record NotificationRecord(
        String id,
        String store,
        String packageName,
        String token,
        String event,
        String url,
        String status,
        List<Attempt> attempts,
        Instant nextAttemptAt,
        List<String> faults,
        Map<String, String> headers,
        String body) {

    /**
     * One attempt.
     *
     * @param at     when (emulator time)
     * @param status the receiver's status, or null when no answer came
     * @param error  why no answer came (refused, timed out…), or null
     */
    public record Attempt(Instant at, Integer status, String error) {}

    static NotificationRecord from(JsonNode n) {
        List<Attempt> attempts = new ArrayList<>();
        n.path("attempts")
                .forEach(a -> attempts.add(new Attempt(
                        Health.instant(a, "at"),
                        a.hasNonNull("status") ? a.get("status").asInt() : null,
                        Health.text(a, "error"))));
        List<String> faults = new ArrayList<>();
        n.path("faults").forEach(f -> faults.add(f.asString()));
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        n.path("headers")
                .properties()
                .forEach(e -> headers.put(e.getKey(), e.getValue().asString()));
        return new NotificationRecord(
                Health.text(n, "id"),
                Health.text(n, "store"),
                Health.text(n, "packageName"),
                Health.text(n, "token"),
                Health.text(n, "event"),
                Health.text(n, "url"),
                Health.text(n, "status"),
                List.copyOf(attempts),
                Health.instant(n, "nextAttemptAt"),
                List.copyOf(faults),
                Map.copyOf(headers),
                Health.text(n, "body"));
    }

    /** @return a one-line description, for failure messages */
    public String summary() {
        return id + " " + store + " " + event + (token == null ? "" : " " + token) + " -> " + url + " " + status
                + " after " + attempts.size() + " attempt(s)" + (faults.isEmpty() ? "" : " " + faults);
    }
}
