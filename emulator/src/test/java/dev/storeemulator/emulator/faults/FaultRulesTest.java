package dev.storeemulator.emulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Which calls a rule hits, in what order rules are tried, and how often they fire. */
class FaultRulesTest {
    static final Instant T = Instant.parse("2026-04-01T00:00:30Z");
    static final String Q = "?access_token=demo-access-token";
    static final String VALIDATE = "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/";
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
    void reset() {
        emulator.reset();
    }

    static HttpResponse<String> addRule(String json) {
        return http.postJson("/__admin/faults", json);
    }

    static int validate(String token) {
        return http.get(VALIDATE + token + "/" + Q).statusCode();
    }

    static List<Integer> statuses(int calls) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            out.add(validate("demo-purchase-active"));
        }
        return out;
    }

    @Nested
    class Limits {
        @Test
        void aSeededProbabilityGivesTheSameSequenceEveryRun() {
            addRule("{\"id\": \"flaky\", \"response\": {\"status\": 503}, \"probability\": 0.4, \"seed\": 42}");
            List<Integer> first = statuses(40);
            assertThat(first).contains(200, 503);
            emulator.faults().restart();
            assertThat(statuses(40)).isEqualTo(first);
            try (StoreEmulator other = StoreEmulator.builder()
                    .clock(VirtualClock.frozenAt(T))
                    .build()
                    .start()) {
                new Http(other.baseUrl())
                        .postJson(
                                "/__admin/faults",
                                "{\"response\": {\"status\": 503}, \"probability\": 0.4, \"seed\": 42}");
                List<Integer> elsewhere = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    elsewhere.add(new Http(other.baseUrl())
                            .get(VALIDATE + "demo-purchase-active/" + Q)
                            .statusCode());
                }
                assertThat(elsewhere).isEqualTo(first);
            }
        }

        @Test
        void timesLimitsARuleToItsFirstMatches() {
            addRule("{\"response\": {\"status\": 500}, \"times\": 2}");
            assertThat(statuses(4)).containsExactly(500, 500, 200, 200);
            JsonNode rule = Http.json(http.get("/__admin/faults/f1"));
            assertThat(rule.get("matched").asInt()).isEqualTo(4);
            assertThat(rule.get("fired").asInt()).isEqualTo(2);
        }

        @Test
        void aRuleExpiresAfterItsTtlByTheEmulatorsClock() {
            addRule("{\"response\": {\"status\": 503}, \"ttl\": \"PT5M\"}");
            assertThat(validate("demo-purchase-active")).isEqualTo(503);
            clock.advance(Duration.ofMinutes(5));
            assertThat(validate("demo-purchase-active")).isEqualTo(200);
        }

        @Test
        void aQuotaCountsPerWindowOfTheVirtualClock() {
            addRule("{\"quota\": {\"limit\": 2, \"window\": \"PT1M\", \"per\": \"credential\"}}");
            assertThat(statuses(3)).containsExactly(200, 200, 429);
            assertThat(http.get(VALIDATE + "demo-purchase-active/" + Q)
                            .headers()
                            .firstValue("Retry-After"))
                    .hasValue("30");
            assertThat(http.get(
                                    VALIDATE + "demo-purchase-active/",
                                    "CAFEBAZAAR-PISHKHAN-API-SECRET",
                                    "demo-pishkhan-secret")
                            .statusCode())
                    .as("another credential has its own count")
                    .isEqualTo(200);
            clock.advance(Duration.ofSeconds(30));
            assertThat(statuses(3)).as("a new window").containsExactly(200, 200, 429);
        }

        @Test
        void cafebazaarsDailyQuotaIsOneRulePerAccountAndUtcDay() {
            addRule("{\"match\": {\"store\": \"cafebazaar\"}, \"quota\": {\"limit\": 1, \"window\": \"P1D\", "
                    + "\"per\": \"credential\"}}");
            validate("demo-purchase-active");
            HttpResponse<String> refused = http.get(VALIDATE + "demo-purchase-active/" + Q);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue(Long.toString(86_400 - 30));
        }
    }

    @Nested
    class MatchingAndOrder {
        @Test
        void aRuleHitsOnlyTheCallsItNames() {
            addRule("{\"match\": {\"store\": \"cafebazaar\", \"operation\": \"validatePurchase\", \"method\": \"GET\", "
                    + "\"path\": \"^/devapi/\", \"packageName\": \"com.example.game\", \"productId\": \"coins_100\", "
                    + "\"token\": \"demo-purchase-consumed\"}, \"response\": {\"status\": 502}}");
            assertThat(validate("demo-purchase-consumed")).isEqualTo(502);
            assertThat(validate("demo-purchase-active")).isEqualTo(200);
            assertThat(http.get("/v2/purchase/details/X/com.example.game").statusCode())
                    .isEqualTo(401);
        }

        @Test
        void aConsumeRuleCanMatchTheTokenInItsBody() {
            addRule("{\"match\": {\"operation\": \"consume\", \"token\": \"demo-purchase-active\"}, "
                    + "\"response\": {\"status\": 503}}");
            String consume = "/devapi/v2/api/consume/com.example.game/purchases/" + Q;
            assertThat(http.postJson(consume, "{\"token\": \"demo-purchase-active\"}")
                            .statusCode())
                    .isEqualTo(503);
            assertThat(http.postJson(consume, "{\"token\": \"demo-purchase-consumed\"}")
                            .statusCode())
                    .isEqualTo(400);
        }

        @Test
        void rulesAreTriedByPriorityThenInTheOrderAdded() {
            addRule("{\"id\": \"late\", \"priority\": 9, \"response\": {\"status\": 500}}");
            addRule("{\"id\": \"early\", \"priority\": 1, \"response\": {\"status\": 503}, \"times\": 1}");
            addRule("{\"id\": \"second\", \"priority\": 9, \"response\": {\"status\": 502}}");
            assertThat(statuses(3)).containsExactly(503, 500, 500);
            JsonNode list = Http.json(http.get("/__admin/faults")).get("faults");
            assertThat(list.get(0).get("id").asString()).isEqualTo("early");
            assertThat(list.get(1).get("id").asString()).isEqualTo("late");
        }

        @Test
        void aDelayOnlyRuleStillLetsTheStoreAnswerAndRecordsTheFault() {
            addRule("{\"delay\": {\"uniform\": {\"min\": \"PT0S\", \"max\": \"PT0.01S\"}}, \"seed\": 1}");
            assertThat(validate("demo-purchase-active")).isEqualTo(200);
            JsonNode entry = Http.json(http.get("/__admin/requests?limit=1"))
                    .get("requests")
                    .get(0);
            assertThat(entry.get("fault").asString()).isEqualTo("f1:delay");
        }
    }

    @Nested
    class AdminAndFixtures {
        @Test
        void rulesAreListedReadRemovedAndCleared() {
            assertThat(addRule("{\"response\": {\"status\": 500}}").statusCode())
                    .isEqualTo(201);
            assertThat(addRule("{\"id\": \"mine\", \"connection\": \"reset\"}").statusCode())
                    .isEqualTo(201);
            assertThat(addRule("{\"id\": \"mine\", \"connection\": \"reset\"}").statusCode())
                    .isEqualTo(409);
            assertThat(Http.json(http.get("/__admin/faults")).get("faults")).hasSize(2);
            assertThat(http.send("DELETE", "/__admin/faults/mine", null).statusCode())
                    .isEqualTo(200);
            assertThat(http.get("/__admin/faults/mine").statusCode()).isEqualTo(404);
            assertThat(Http.json(http.send("DELETE", "/__admin/faults", null))
                            .get("cleared")
                            .asInt())
                    .isEqualTo(1);
        }

        @Test
        void aBrokenRuleIsRefusedWithItsFieldPath() {
            HttpResponse<String> twoEffects = addRule("{\"response\": {\"status\": 503}, \"connection\": \"reset\"}");
            assertThat(twoEffects.statusCode()).isEqualTo(400);
            assertThat(Http.json(twoEffects)
                            .get("problems")
                            .get(0)
                            .get("reason")
                            .asString())
                    .contains("one of");
            HttpResponse<String> badStatus = addRule("{\"response\": {\"status\": 200}}");
            assertThat(Http.json(badStatus).get("problems").get(0).get("path").asString())
                    .startsWith("faults[0].response");
            assertThat(addRule("{\"match\": {\"path\": \"(\"}, \"response\": {\"status\": 500}}")
                            .statusCode())
                    .isEqualTo(400);
            assertThat(addRule("{\"probability\": 2, \"response\": {\"status\": 500}}")
                            .statusCode())
                    .isEqualTo(400);
            assertThat(Http.json(http.get("/__admin/faults")).get("faults")).isEmpty();
        }

        @Test
        void fixturesRulesAreInForceFromTheStartAndComeBackOnReset() {
            Fixtures fixtures = Fixtures.parse("""
                    faults:
                      - {id: outage, match: {store: catappult}, response: {status: 503}}
                    catappult:
                      apps: [{packageName: com.example.game, apiKey: k}]
                    """);
            try (StoreEmulator e =
                    StoreEmulator.builder().fixtures(fixtures).build().start()) {
                Http h = new Http(e.baseUrl());
                String path = "/product/8.20191001/google/inapp/v3/applications/com.example.game/purchases/products/"
                        + "x/tokens/catappult.inapp.purchase.X";
                assertThat(h.get(path).statusCode()).isEqualTo(503);
                h.send("DELETE", "/__admin/faults", null);
                assertThat(h.get(path).statusCode()).isEqualTo(404);
                h.postJson("/__admin/reset", "");
                assertThat(h.get(path).statusCode()).isEqualTo(503);
            }
        }
    }
}
