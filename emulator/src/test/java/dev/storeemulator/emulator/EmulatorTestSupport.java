package dev.storeemulator.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/**
 * One in-process emulator per test class: the demo world on port 0, its clock frozen at {@link #START}, and an
 * {@link Http} for it. The stores' test bases extend it with their own paths and helpers; extend
 * {@link ResetBeforeEach} for the demo world back at {@link #START} before every test, or call {@link #reset()}
 * where a test wants it (before each round of a race, say).
 */
public abstract class EmulatorTestSupport {
    public static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    /** The demo world's app, in every store. */
    public static final String PKG = "com.example.game";

    protected static VirtualClock clock;
    protected static StoreEmulator emulator;
    protected static Http http;

    /** The same, and back to the demo world at {@link #START} before every test. */
    public abstract static class ResetBeforeEach extends EmulatorTestSupport {
        @BeforeEach
        protected void resetWorld() {
            reset();
        }
    }

    @BeforeAll
    protected static void startEmulator() {
        clock = VirtualClock.frozenAt(START);
        emulator = StoreEmulator.builder().clock(clock).build().start();
        http = new Http(emulator.baseUrl());
    }

    @AfterAll
    protected static void stopEmulator() {
        emulator.stop();
    }

    /** Back to the demo world at {@link #START}. */
    protected static void reset() {
        clock.set(START);
        emulator.reset();
    }

    /** The answer's body as JSON, once its status is 200. */
    protected static JsonNode ok(HttpResponse<String> response) {
        return ok(response, 200);
    }

    /** The answer's body as JSON, once its status is {@code status}. */
    protected static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Http.json(response);
    }

    /** A control-plane error, {@code {"error": code, "message": text}} with a non-blank message; its body. */
    protected static JsonNode adminError(HttpResponse<String> response, int status, String code) {
        JsonNode body = ok(response, status);
        assertThat(body.get("error").asString()).isEqualTo(code);
        assertThat(body.get("message").asString()).isNotBlank();
        return body;
    }
}
