package dev.storeemulator.emulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.Http;
import dev.storeemulator.emulator.core.VirtualClock;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;

/** One emulator per class with the demo world; {@link #admin} seeds what a matrix needs beyond it. */
abstract class AuthMatrixTestBase {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final String PKG = "com.example.game";

    static VirtualClock clock;
    static StoreEmulator emulator;
    static Http http;

    @BeforeAll
    static void startEmulator() {
        clock = VirtualClock.frozenAt(START);
        emulator = StoreEmulator.builder().clock(clock).build().start();
        http = new Http(emulator.baseUrl());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.stop();
    }

    /** A control-plane call that must succeed. */
    static void admin(String method, String path, String json) {
        HttpResponse<String> r = http.send(method, path, json, "Content-Type", "application/json");
        assertThat(r.statusCode()).as(path + " " + r.body()).isBetween(200, 201);
    }

    /** One store's section of the exported world, as the control plane shows it. */
    static JsonNode world(String store) {
        return Http.json(http.get("/__admin/fixtures")).get(store);
    }
}
