package dev.storeemulator.client.admin;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * The virtual clock as the emulator reports it.
 * @param now    its reading
 * @param frozen whether it stands still
 */
public record ClockState(Instant now, boolean frozen) {
    static ClockState from(JsonNode n) {
        return new ClockState(Health.instant(n, "now"), n.path("frozen").asBoolean());
    }
}
