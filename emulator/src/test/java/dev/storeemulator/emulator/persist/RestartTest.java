package dev.storeemulator.emulator.persist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** With a state directory, a stopped emulator built again on it serves the world it left, sessions included. */
@Timeout(60)
class RestartTest {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final String BAZAAR_TOKEN = "/devapi/v2/auth/token/";
    static final String CLIENT = "client_id=demo-client-id&client_secret=demo-client-secret";
    static final String VALIDATE = "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/";
    static final String CONSUME = "/devapi/v2/api/consume/com.example.game/purchases/";
    static final String ONE_FORM =
            "grant_type=client_credentials&client_id=com.example.game&client_secret=demo-client-secret";
    static final String ONE_DETAILS = "/v2/purchase/details/SANDBOX0000000000001/com.example.game";
    static final String ONE_CONSUME = "/v2/purchase/consume/SANDBOX0000000000001/com.example.game";

    @TempDir
    Path dir;

    static StoreEmulator emulator(Path dir) {
        return StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(START))
                .stateDir(dir)
                .build()
                .start();
    }

    static HttpResponse<String> ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return r;
    }

    @Test
    void storeCallsAdminEditsClockAndFaultsAllSurviveAStopAndStart() {
        String bazaarAccess;
        String oneAccess;
        try (StoreEmulator first = emulator(dir)) {
            Http http = new Http(first.baseUrl());
            bazaarAccess = Http.json(ok(
                            http.postForm(
                                    BAZAAR_TOKEN,
                                    "grant_type=refresh_token&refresh_token=" + "demo-refresh-token&" + CLIENT),
                            200))
                    .get("access_token")
                    .asString();
            ok(http.postJson(CONSUME + "?access_token=" + bazaarAccess, "{\"token\": \"demo-purchase-active\"}"), 200);
            oneAccess = Http.json(ok(http.postForm("/v2/oauth/token", ONE_FORM), 200))
                    .get("access_token")
                    .asString();
            ok(http.send("POST", ONE_CONSUME, "", "Authorization", "Bearer " + oneAccess), 200);
            ok(
                    http.postJson(
                            "/__admin/cafebazaar/purchases",
                            "{\"token\": \"made-by-admin\", \"packageName\": "
                                    + "\"com.example.game\", \"productId\": \"coins_100\"}"),
                    201);
            ok(http.postJson("/__admin/clock/advance", "{\"duration\": \"PT30M\"}"), 200);
            ok(
                    http.postJson(
                            "/__admin/faults",
                            "{\"id\": \"kept\", \"match\": {\"store\": \"catappult\"}, "
                                    + "\"response\": {\"status\": 503}}"),
                    201);
        }

        try (StoreEmulator second = emulator(dir)) {
            Http http = new Http(second.baseUrl());
            assertThat(second.clock().instant()).isEqualTo(START.plus(Duration.ofMinutes(30)));
            assertThat(second.clock().isFrozen()).isTrue();
            String q = "/?access_token=" + bazaarAccess;
            assertThat(Http.json(ok(http.get(VALIDATE + "demo-purchase-active" + q), 200))
                            .get("consumptionState")
                            .asInt())
                    .as("consumed, and the refreshed token still opens it")
                    .isZero();
            ok(http.get(VALIDATE + "made-by-admin" + q), 200);
            assertThat(Http.json(ok(http.get(ONE_DETAILS, "Authorization", "Bearer " + oneAccess), 200))
                            .get("consumptionState")
                            .asInt())
                    .as("consumed, and the ONE store token still works")
                    .isEqualTo(1);
            assertThat(Http.json(ok(http.postForm("/v2/oauth/token", ONE_FORM), 200))
                            .get("access_token")
                            .asString())
                    .as("the live token is still the app's latest")
                    .isEqualTo(oneAccess);
            assertThat(Http.json(ok(http.get("/__admin/faults/kept"), 200))
                            .get("id")
                            .asString())
                    .isEqualTo("kept");
            ok(
                    http.get(
                            "/product/8.20180518/google/inapp/v3/applications/com.example.game/purchases/products/attempts"
                                    + "/tokens/x"),
                    503);

            ok(http.postJson("/__admin/reset", ""), 200);
            assertThat(second.clock().instant()).as("reset: the clock as built").isEqualTo(START);
            assertThat(Http.json(ok(http.get(VALIDATE + "demo-purchase-active/?access_token=demo-access-token"), 200))
                            .get("consumptionState")
                            .asInt())
                    .as("reset: the fixtures again")
                    .isOne();
            ok(http.get("/__admin/faults/kept"), 404);
        }
    }

    @Test
    void aFixturesDocumentLoadedThroughTheAdminApiStaysTheResetPointAfterARestart() {
        String doc =
                "{\"cafebazaar\": {\"accounts\": [{\"id\": \"a\", \"packages\": [\"p\"], \"pishkhanSecret\": \"s\"}],"
                        + " \"purchases\": [{\"token\": \"LOADED\", \"packageName\": \"p\", \"productId\": \"x\"}]}}";
        try (StoreEmulator first = emulator(dir)) {
            ok(
                    new Http(first.baseUrl()).send("PUT", "/__admin/fixtures", doc, "Content-Type", "application/yaml"),
                    200);
        }
        try (StoreEmulator second = emulator(dir)) {
            Http http = new Http(second.baseUrl());
            ok(http.send("DELETE", "/__admin/cafebazaar/purchases/LOADED", null), 200);
            ok(http.postJson("/__admin/reset", ""), 200);
            ok(http.get("/__admin/cafebazaar/purchases/LOADED"), 200);
            assertThat(second.fixtures().source()).isEqualTo("PUT /__admin/fixtures");
        }
    }

    @Test
    void withoutAStateDirectoryNothingIsWritten() {
        try (StoreEmulator e = StoreEmulator.builder().build().start()) {
            ok(new Http(e.baseUrl()).postJson("/__admin/clock/advance", "{\"duration\": \"PT1H\"}"), 200);
            assertThat(e.stateWrites()).isZero();
        }
    }
}
