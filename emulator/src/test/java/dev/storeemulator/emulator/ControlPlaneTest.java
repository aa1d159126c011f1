package dev.storeemulator.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Reset, reload, loading and exporting whole fixtures, the admin token and --watch. */
class ControlPlaneTest {
    static final Instant T = Instant.parse("2026-04-01T00:00:00Z");
    static final String VALIDATE = "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/";
    static final String Q = "/?access_token=demo-access-token";
    static final String SMALL = """
            cafebazaar:
              accounts:
                - {id: a, packages: [com.example.game], pishkhanSecret: s,
                   clients: [{clientId: c, clientSecret: cs, redirectUri: "http://localhost/cb"}]}
              issuedTokens: [{clientId: c, accessToken: demo-access-token, expiresAt: now+P1D}]
              purchases:
                - {token: PURCHASE, packageName: com.example.game, productId: coins_100}
            """;

    static StoreEmulator start(StoreEmulatorBuilder builder) {
        return builder.clock(VirtualClock.frozenAt(T)).build().start();
    }

    @Nested
    class Reset {
        @Test
        void bringsBackTheClockAsConfiguredTheFixturesAndAnEmptyJournal() {
            try (StoreEmulator e = start(StoreEmulator.builder())) {
                Http http = new Http(e.baseUrl());
                http.postJson("/__admin/clock/advance", "{\"duration\": \"P40D\"}");
                http.postJson("/__admin/cafebazaar/purchases/demo-purchase-active/refund", "");
                http.get(VALIDATE + "demo-purchase-active" + Q);
                assertThat(http.postJson("/__admin/reset", "").statusCode()).isEqualTo(200);
                assertThat(e.clock().instant()).isEqualTo(T);
                assertThat(Http.json(http.get("/__admin/requests/count"))
                                .get("count")
                                .asInt())
                        .isZero();
                assertThat(Http.json(http.get(VALIDATE + "demo-purchase-active" + Q))
                                .get("purchaseState")
                                .asInt())
                        .isZero();
            }
        }
    }

    @Nested
    class ResetAt {
        @Test
        void pinsTheClockFirstSoTheFixturesCountFromIt() {
            try (StoreEmulator e = StoreEmulator.builder().build().start()) {
                Http http = new Http(e.baseUrl());
                HttpResponse<String> r =
                        http.postJson("/__admin/reset", "{\"now\": \"2030-01-01T00:00:00Z\", \"frozen\": true}");
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(e.clock().instant()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
                JsonNode sub = Http.json(http.get("/__admin/cafebazaar/subscriptions/demo-sub-active"));
                assertThat(sub.get("validUntil").asString()).isEqualTo("2030-01-21T00:00:00Z");
                assertThat(http.postJson("/__admin/reset", "{\"now\": \"yesterday\"}")
                                .statusCode())
                        .isEqualTo(400);
                assertThat(http.postJson("/__admin/reset", "{}").statusCode()).isEqualTo(200);
                assertThat(e.clock().isFrozen())
                        .as("an empty body restores the clock as made")
                        .isFalse();
            }
        }
    }

    @Nested
    class WholeFixtures {
        @Test
        void theLiveWorldExportsAsFixturesThatLoadBackUnchanged() {
            try (StoreEmulator e = start(StoreEmulator.builder())) {
                Http http = new Http(e.baseUrl());
                http.postJson("/__admin/cafebazaar/purchases/demo-purchase-active/refund", "");
                String yaml = http.get("/__admin/fixtures?format=yaml").body();
                assertThat(yaml).contains("demo-purchase-active");
                String json = http.get("/__admin/fixtures").body();
                HttpResponse<String> loaded =
                        http.send("PUT", "/__admin/fixtures", yaml, "Content-Type", "application/yaml");
                assertThat(loaded.statusCode()).isEqualTo(200);
                assertThat(http.get("/__admin/fixtures").body()).isEqualTo(json);
                http.postJson("/__admin/reset", "");
                assertThat(Http.json(http.get(VALIDATE + "demo-purchase-active" + Q))
                                .get("purchaseState")
                                .asInt())
                        .as("the loaded document is the new reset point")
                        .isEqualTo(1);
            }
        }

        @Test
        void anInvalidDocumentIsRefusedWithItsProblemsAndChangesNothing() {
            try (StoreEmulator e = start(StoreEmulator.builder())) {
                Http http = new Http(e.baseUrl());
                HttpResponse<String> r = http.send(
                        "PUT",
                        "/__admin/fixtures",
                        "cafebazaar: {purchases: [{token: x}]}",
                        "Content-Type",
                        "application/yaml");
                assertThat(r.statusCode()).isEqualTo(400);
                assertThat(Http.json(r).get("problems").get(0).get("path").asString())
                        .startsWith("cafebazaar.purchases[0]");
                assertThat(http.get(VALIDATE + "demo-purchase-active" + Q).statusCode())
                        .isEqualTo(200);
            }
        }

        @Test
        void reloadWithoutAFileSaysWhatToDoInstead() {
            try (StoreEmulator e = start(StoreEmulator.builder())) {
                HttpResponse<String> r = new Http(e.baseUrl()).postJson("/__admin/reload", "");
                assertThat(r.statusCode()).isEqualTo(409);
                assertThat(Http.json(r).get("message").asString()).contains("PUT /__admin/fixtures");
            }
        }
    }

    @Nested
    class ReloadAndWatch {
        @TempDir
        Path dir;

        @Test
        void aValidEditReplacesTheWorldAndKeepsIssuedTokens() throws IOException {
            Path file = Files.writeString(dir.resolve("world.yaml"), SMALL);
            try (StoreEmulator e = start(StoreEmulator.builder().fixtures(file))) {
                Http http = new Http(e.baseUrl());
                String token = Http.json(http.postForm(
                                "/devapi/v2/auth/token/",
                                "grant_type=refresh_token" + "&client_id=c&client_secret=cs&refresh_token=none"))
                        .toString();
                assertThat(token).contains("invalid_grant");
                Files.writeString(file, SMALL.replace("PURCHASE", "RELOADED"));
                assertThat(http.postJson("/__admin/reload", "").statusCode()).isEqualTo(200);
                assertThat(http.get(VALIDATE + "RELOADED" + Q).statusCode()).isEqualTo(200);
                assertThat(http.get(VALIDATE + "PURCHASE" + Q).statusCode()).isEqualTo(404);
                JsonNode health = Http.json(http.get("/__admin/health"));
                assertThat(health.get("lastReload").get("ok").asBoolean()).isTrue();
            }
        }

        @Test
        void anInvalidEditKeepsThePreviousWorldAndIsReportedOnHealth() throws IOException {
            Path file = Files.writeString(dir.resolve("world.yaml"), SMALL);
            try (StoreEmulator e = start(StoreEmulator.builder().fixtures(file));
                    FixtureWatcher watcher = FixtureWatcher.start(e, Duration.ofHours(1))) {
                Http http = new Http(e.baseUrl());
                Files.writeString(file, SMALL.replace("productId: coins_100", "productId: 42"));
                assertThat(watcher.checkNow()).isTrue();
                assertThat(http.get(VALIDATE + "PURCHASE" + Q).statusCode()).isEqualTo(200);
                JsonNode last = Http.json(http.get("/__admin/health")).get("lastReload");
                assertThat(last.get("ok").asBoolean()).isFalse();
                assertThat(last.get("problems").get(0).get("path").asString())
                        .isEqualTo("cafebazaar.purchases[0].productId");
                assertThat(watcher.checkNow())
                        .as("the same bytes are not tried twice")
                        .isFalse();
                Files.writeString(file, SMALL.replace("PURCHASE", "FIXED"));
                assertThat(watcher.checkNow()).isTrue();
                assertThat(http.get(VALIDATE + "FIXED" + Q).statusCode()).isEqualTo(200);
                assertThat(Http.json(http.get("/__admin/health"))
                                .get("lastReload")
                                .get("ok")
                                .asBoolean())
                        .isTrue();
            }
        }
    }

    @Nested
    class AdminToken {
        @Test
        void everyAdminCallButHealthNeedsTheToken() {
            try (StoreEmulator e = start(StoreEmulator.builder().adminToken("s3cret"))) {
                Http http = new Http(e.baseUrl());
                assertThat(http.get("/__admin/health").statusCode()).isEqualTo(200);
                HttpResponse<String> refused = http.get("/__admin/clock");
                assertThat(refused.statusCode()).isEqualTo(401);
                assertThat(Http.json(refused).get("error").asString()).isEqualTo("unauthorized");
                assertThat(http.postJson("/__admin/reset", "", "X-Store-Emulator-Admin-Token", "wrong")
                                .statusCode())
                        .isEqualTo(401);
                assertThat(http.get("/__admin/clock", "X-Store-Emulator-Admin-Token", "s3cret")
                                .statusCode())
                        .isEqualTo(200);
                assertThat(http.get("/__admin/cafebazaar/purchases", "Authorization", "Bearer s3cret")
                                .statusCode())
                        .isEqualTo(200);
                assertThat(http.get(VALIDATE + "demo-purchase-active" + Q).statusCode())
                        .as("store calls are not affected")
                        .isEqualTo(200);
            }
        }
    }
}
