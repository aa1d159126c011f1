package dev.storeemulator.emulator.catappult;

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

/** One emulator per test class on port 0 with the demo world; the clock and world are reset before each test. */
abstract class CatappultAdminTestBase {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final String T = "catappult.inapp.purchase.";
    static final String ADMIN = "/__admin/catappult/";
    static final String STORE = "/productv2/8.20191001/google/inapp/v3/applications/com.example.game/purchases/";

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

    /** What the store's productv2 in-app validation answers for {@code token} of SKU {@code productId}. */
    static HttpResponse<String> storePurchase(String productId, String token) {
        return http.get(STORE + "products/" + productId + "/tokens/" + token);
    }

    /** What the store's productv2 subscription validation answers for {@code token} of {@code productId}. */
    static HttpResponse<String> storeSubscription(String productId, String token) {
        return http.get(STORE + "subscriptions/" + productId + "/tokens/" + token);
    }

    /** The store's answer, which must be a 200. */
    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    static HttpResponse<String> put(String path, String json) {
        return http.send("PUT", path, json, "Content-Type", "application/json");
    }

    static HttpResponse<String> post(String path) {
        return http.send("POST", path, "");
    }

    /** Asserts the control plane's error shape and answers its body. */
    static JsonNode assertAdminError(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = Http.json(response);
        assertThat(body.get("error").asString()).isEqualTo(error);
        assertThat(body.get("message").asString()).isNotBlank();
        return body;
    }

    /** The field paths of an {@code invalid_fixtures} (or conflict) answer's problems. */
    static java.util.List<String> problemPaths(JsonNode body) {
        java.util.List<String> paths = new java.util.ArrayList<>();
        body.get("problems").forEach(p -> paths.add(p.get("path").asString()));
        return paths;
    }
}
