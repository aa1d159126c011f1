package dev.storeemulator.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminClockAndResetTest {
    static final Instant T = Instant.parse("2026-04-01T00:00:00Z");
    static VirtualClock clock;
    static StoreEmulator emulator;
    static Http http;

    @BeforeAll
    static void start() {
        clock = VirtualClock.frozenAt(T);
        emulator = StoreEmulator.builder().clock(clock).build().start();
        http = new Http(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    @BeforeEach
    void freezeAtT() {
        clock.freeze();
        clock.set(T);
    }

    @Nested
    class Clock {
        @Test
        void readsTheClock() {
            assertThat(http.get("/__admin/clock").body())
                    .isEqualTo("{\"now\":\"2026-04-01T00:00:00Z\",\"frozen\":true}");
        }

        @Test
        void advancesByAnIsoDuration() {
            HttpResponse<String> r = http.postJson("/__admin/clock/advance", "{\"duration\": \"P31D\"}");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(clock.instant()).isEqualTo(Instant.parse("2026-05-02T00:00:00Z"));
        }

        @Test
        void setsTheClockAndItsFreezing() {
            http.send(
                    "PUT",
                    "/__admin/clock",
                    "{\"now\": \"2030-01-01T00:00:00Z\", \"frozen\": false}",
                    "Content-Type",
                    "application/json");
            assertThat(clock.isFrozen()).isFalse();
            assertThat(clock.instant())
                    .isBetween(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:05Z"));
            assertThat(http.postJson("/__admin/clock/freeze", "").statusCode()).isEqualTo(200);
            assertThat(clock.isFrozen()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "{", "[]", "{\"duration\": 5}", "{\"duration\": \"a month\"}"})
        void refusesBadBodiesWithAMessageAndLeavesTheClock(String body) {
            HttpResponse<String> r = http.postJson("/__admin/clock/advance", body);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(Http.json(r).get("error").asString()).isEqualTo("invalid_request");
            assertThat(Http.json(r).get("message").asString()).isNotBlank();
            assertThat(clock.instant()).isEqualTo(T);
        }
    }

    @Nested
    class Reset {
        @Test
        void putsTheStoresBackToTheirFixtures() {
            String consume = "/devapi/v2/api/consume/com.example.game/purchases/?access_token=demo-access-token";
            assertThat(http.postJson(consume, "{\"token\":\"demo-purchase-active\"}")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(http.postJson("/__admin/reset", "").statusCode()).isEqualTo(200);
            assertThat(http.postJson(consume, "{\"token\":\"demo-purchase-active\"}")
                            .statusCode())
                    .isEqualTo(200);
        }
    }
}
