package dev.storeemulator.emulator.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.Http;
import dev.storeemulator.emulator.core.VirtualClock;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/** One emulator per test class on port 0 with the demo world; the clock and state are reset before each test. */
abstract class CafebazaarTestBase {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final String PKG = "com.example.game";
    static final String TOKEN = "demo-access-token";
    static final String VALIDATE = "/devapi/v2/api/validate/" + PKG + "/inapp/coins_100/purchases/";
    static final String SUBS = "/devapi/v2/api/applications/" + PKG + "/subscriptions/premium_monthly/purchases/";
    static final String CONSUME = "/devapi/v2/api/consume/" + PKG + "/purchases/";

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

    @BeforeEach
    void resetWorld() {
        clock.set(START);
        emulator.reset();
    }

    static CafebazaarState state() {
        return emulator.store(CafebazaarModule.class).state();
    }

    static void assertError(HttpResponse<String> response, int status, String error, String description) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = Http.json(response);
        assertThat(body.get("error").asString()).isEqualTo(error);
        if (description != null) {
            assertThat(body.get("error_description").asString()).isEqualTo(description);
        }
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("error", "error_description");
    }
}
