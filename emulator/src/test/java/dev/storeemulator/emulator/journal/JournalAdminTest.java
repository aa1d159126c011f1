package dev.storeemulator.emulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.EmulatorTestSupport;
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The journal over the control plane, on a real emulator with the demo world. */
class JournalAdminTest extends EmulatorTestSupport.ResetBeforeEach {
    static final String VALIDATE = "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/nope/";
    static final String ONESTORE = "/v2/purchase/details/SANDBOX0000000000001/com.example.game";
    static final String REQUESTS = AdminRoutes.LIST_REQUESTS.path();
    static final String COUNT = AdminRoutes.COUNT_REQUESTS.path();

    static JsonNode json(String pathAndQuery) {
        HttpResponse<String> r = http.get(pathAndQuery);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.json(r);
    }

    @Nested
    class Listing {
        @Test
        void storeCallsAreListedNewestFirstWithTheirDetails() {
            int cafebazaarStatus =
                    http.get(VALIDATE + "?access_token=demo-access-token").statusCode();
            clock.advance(Duration.ofMinutes(1));
            http.get(ONESTORE);

            JsonNode body = json(REQUESTS);
            assertThat(body.get("total").asInt()).isEqualTo(2);
            assertThat(body.get("capacity").asInt()).isEqualTo(Journal.DEFAULT_CAPACITY);
            assertThat(body.get("recorded").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(body.get("dropped").asLong()).isZero();
            JsonNode newest = body.get("requests").get(0);
            JsonNode oldest = body.get("requests").get(1);
            assertThat(newest.get("store").asString()).isEqualTo("onestore");
            assertThat(newest.get("operation").asString()).isEqualTo("getPurchaseDetails");
            assertThat(newest.get("token").asString()).isEqualTo("SANDBOX0000000000001");
            assertThat(newest.get("virtualTime").asString()).isEqualTo("2026-03-01T10:01:00Z");
            assertThat(newest.has("query")).isFalse();
            assertThat(oldest.get("id").asLong()).isLessThan(newest.get("id").asLong());
            assertThat(oldest.get("store").asString()).isEqualTo("cafebazaar");
            assertThat(oldest.get("operation").asString()).isEqualTo("validatePurchase");
            assertThat(oldest.get("method").asString()).isEqualTo("GET");
            assertThat(oldest.get("path").asString()).isEqualTo(VALIDATE);
            assertThat(oldest.get("query").asString()).isEqualTo("access_token=demo…");
            assertThat(oldest.get("status").asInt()).isEqualTo(cafebazaarStatus);
            assertThat(oldest.get("packageName").asString()).isEqualTo("com.example.game");
            assertThat(oldest.get("productId").asString()).isEqualTo("coins_100");
            assertThat(oldest.get("token").asString()).isEqualTo("nope");
            assertThat(oldest.get("virtualTime").asString()).isEqualTo("2026-03-01T10:00:00Z");
            assertThat(Instant.parse(oldest.get("realTime").asString())).isNotNull();
            assertThat(oldest.get("latencyMs").isNumber()).isTrue();
        }

        @Test
        void filtersNarrowTheListAndTheTotal() {
            http.get(VALIDATE + "?access_token=x");
            http.get(ONESTORE);
            http.get("/devapi/v2/api/no-such-endpoint/");

            JsonNode cafebazaar = json(REQUESTS + "?store=cafebazaar");
            assertThat(cafebazaar.get("total").asInt()).isEqualTo(2);
            assertThat(cafebazaar.get("requests").get(0).get("operation").asString())
                    .isEqualTo("-");
            assertThat(json(REQUESTS + "?store=cafebazaar&limit=1")
                            .get("requests")
                            .size())
                    .isEqualTo(1);
            assertThat(json(REQUESTS + "?store=cafebazaar&limit=1").get("total").asInt())
                    .isEqualTo(2);
            assertThat(json(REQUESTS + "?operation=getPurchaseDetails")
                            .get("total")
                            .asInt())
                    .isEqualTo(1);
            assertThat(json(REQUESTS + "?since=" + START.plusSeconds(1))
                            .get("total")
                            .asInt())
                    .isZero();
        }
    }

    @Nested
    class Counting {
        @Test
        void countsMatchingCalls() {
            http.get(VALIDATE + "?access_token=x");
            http.get(ONESTORE);
            http.get(VALIDATE + "?access_token=demo-access-token");

            assertThat(json(COUNT).get("count").asInt()).isEqualTo(3);
            assertThat(json(COUNT + "?status=4xx").get("count").asInt()).isEqualTo(3);
            assertThat(json(COUNT + "?store=cafebazaar&token=nope").get("count").asInt())
                    .isEqualTo(2);
            assertThat(json(COUNT + "?status=2xx").get("count").asInt()).isZero();
        }

        @ParameterizedTest
        @ValueSource(strings = {"status=4x", "limit=0", "since=yesterday", "colour=blue"})
        void aBadFilterIsA400InTheAdminErrorShape(String filter) {
            for (String path : new String[] {COUNT, REQUESTS}) {
                HttpResponse<String> r = http.get(path + "?" + filter);
                assertThat(r.statusCode()).isEqualTo(400);
                JsonNode body = Http.json(r);
                assertThat(body.propertyNames()).containsExactlyInAnyOrder("error", "message");
                assertThat(body.get("error").asString()).isEqualTo("invalid_request");
                assertThat(body.get("message").asString())
                        .contains("'" + filter.substring(0, filter.indexOf('=')) + "'");
            }
        }
    }

    @Nested
    class Clearing {
        @Test
        void deleteEmptiesTheJournalAndSaysHowMany() {
            http.get(VALIDATE + "?access_token=x");
            http.get(ONESTORE);

            HttpResponse<String> r =
                    http.send(AdminRoutes.CLEAR_REQUESTS.method(), AdminRoutes.CLEAR_REQUESTS.path(), null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Http.json(r).get("cleared").asInt()).isEqualTo(2);
            assertThat(json(COUNT).get("count").asInt()).isZero();
        }

        @Test
        void resetEmptiesTheJournalToo() {
            http.get(ONESTORE);
            http.send("POST", AdminRoutes.RESET.path(), null);
            assertThat(json(COUNT).get("count").asInt()).isZero();
        }
    }

    @Test
    void controlPlaneCallsAreNotJournalled() {
        long before = emulator.journal().recorded();
        json(REQUESTS);
        json(COUNT);
        json(AdminRoutes.GET_CLOCK.path());
        http.get("/__admin/no-such-thing");
        assertThat(json(REQUESTS).get("total").asInt()).isZero();
        assertThat(emulator.journal().recorded()).isEqualTo(before);
    }

    @Test
    void aDisabledJournalListsNothing() {
        try (StoreEmulator off =
                StoreEmulator.builder().journalCapacity(0).build().start()) {
            Http client = new Http(off.baseUrl());
            client.get(ONESTORE);
            JsonNode body = Http.json(client.get(REQUESTS));
            assertThat(body.get("requests").size()).isZero();
            assertThat(body.get("capacity").asInt()).isZero();
            assertThat(body.get("recorded").asLong()).isZero();
        }
    }
}
