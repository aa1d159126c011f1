package dev.storeemulator.client.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The emulator's health answer.
 * @param status      {@code UP}
 * @param stores      the stores it emulates, e.g. {@code cafebazaar}, {@code onestore}, {@code catappult}
 * @param fixtures    where the served fixtures came from (a path, {@code demo world}…)
 * @param clock       the virtual clock's reading
 * @param clockFrozen whether the clock stands still
 * @param lastReload  the latest reload's outcome, or null when there was none
 */
public record Health(
        String status, List<String> stores, String fixtures, Instant clock, boolean clockFrozen, Reload lastReload) {

    /**
     * The outcome of a reload of the fixtures file.
     * @param ok       whether the file was valid and became the world
     * @param at       when (real time)
     * @param source   the file
     * @param problems why it was refused; empty when {@code ok}
     */
    public record Reload(boolean ok, Instant at, String source, List<AdminClientException.Problem> problems) {}

    static Health from(JsonNode n) {
        List<String> stores = new ArrayList<>();
        n.path("stores").forEach(s -> stores.add(s.asString()));
        return new Health(
                text(n, "status"),
                List.copyOf(stores),
                text(n, "fixtures"),
                instant(n, "clock"),
                n.path("clockFrozen").asBoolean(),
                reload(n.get("lastReload")));
    }

    private static Reload reload(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        List<AdminClientException.Problem> problems = new ArrayList<>();
        n.path("problems")
                .forEach(p -> problems.add(new AdminClientException.Problem(text(p, "path"), text(p, "reason"))));
        return new Reload(n.path("ok").asBoolean(), instant(n, "at"), text(n, "source"), List.copyOf(problems));
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    static Instant instant(JsonNode n, String field) {
        String v = text(n, field);
        return v == null ? null : Instant.parse(v);
    }
}
