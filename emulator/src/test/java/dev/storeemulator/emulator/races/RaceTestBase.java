package dev.storeemulator.emulator.races;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.Http;
import dev.storeemulator.emulator.core.VirtualClock;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;

/** One emulator per class with the demo world; each race resets the world before every round. */
abstract class RaceTestBase {
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

    /** Back to the demo world at {@link #START}, as before every round. */
    static void reset() {
        clock.set(START);
        emulator.reset();
    }

    static JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.json(r);
    }

    /** Every outcome's status is one of {@code allowed}, with the body shown when not. */
    static void onlyStatuses(List<Race.Outcome> outcomes, Integer... allowed) {
        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).as(o.kind() + ": " + o.body()).isIn((Object[]) allowed));
    }

    /** The error code of a JSON error body: Cafebazaar's {@code error}, ONE store's {@code error.code}, Catappult's {@code code}. */
    static String code(Race.Outcome o) {
        JsonNode body = dev.storeemulator.emulator.core.JsonMappers.json().readTree(o.body());
        JsonNode error = body.get("error");
        if (error != null && error.isObject()) {
            return error.get("code").asString();
        }
        return error != null ? error.asString() : body.get("code").asString();
    }
}
