package dev.storeemulator.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdminHealthTest {
    @Test
    void healthIs200JsonWithTheStoresFixturesAndClock() {
        VirtualClock clock = VirtualClock.frozenAt(Instant.parse("2026-02-02T00:00:00Z"));
        try (StoreEmulator emulator =
                StoreEmulator.builder().clock(clock).build().start()) {
            HttpResponse<String> r = new Http(emulator.baseUrl()).get("/__admin/health");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
            String stores = String.join(
                    ",",
                    StoreRegistry.stores().stream()
                            .map(s -> "\"" + s.name() + "\"")
                            .toList());
            assertThat(StoreRegistry.stores().subList(0, 3))
                    .extracting(s -> s.name())
                    .containsExactly("cafebazaar", "onestore", "catappult");
            assertThat(r.body())
                    .isEqualTo("{\"status\":\"UP\",\"stores\":[" + stores + "],\"fixtures\":\"demo world\","
                            + "\"clock\":\"2026-02-02T00:00:00Z\",\"clockFrozen\":true}");
        }
    }

    @Test
    void unknownAdminPathsAnswerInTheAdminErrorShape() {
        try (StoreEmulator emulator = StoreEmulator.builder().build().start()) {
            HttpResponse<String> r = new Http(emulator.baseUrl()).get("/__admin/nope");
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(Http.json(r).get("error").asString()).isEqualTo("not_found");
            assertThat(Http.json(r).get("message").asString()).contains("/__admin/nope");
        }
    }

    @Test
    void theBaseUrlHasNoTrailingSlashAndAFreePortWasChosen() {
        try (StoreEmulator emulator = StoreEmulator.builder().build().start()) {
            assertThat(emulator.port()).isPositive();
            assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port());
        }
    }
}
