package dev.storeemulator.emulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each fault effect as it arrives on the wire, seen by a raw socket client. */
class FaultEffectsTest {
    static final String VALIDATE = "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/"
            + "demo-purchase-active/?access_token=demo-access-token";
    static StoreEmulator emulator;
    static Http http;

    @BeforeAll
    static void start() {
        emulator = StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(Instant.parse("2026-04-01T00:00:00Z")))
                .build()
                .start();
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

    static void rule(String json) {
        assertThat(http.postJson("/__admin/faults", json).statusCode()).as(json).isEqualTo(201);
    }

    static RawHttp.Received call(int timeoutMillis) {
        return RawHttp.get(emulator.baseUrl(), VALIDATE, timeoutMillis);
    }

    @Test
    void aStatusAnswersInEachStoresOwnErrorFormat() {
        rule("{\"response\": {\"status\": 503}}");
        RawHttp.Received bazaar = call(5000);
        assertThat(bazaar.status()).isEqualTo(503);
        assertThat(bazaar.body())
                .isEqualTo("{\"error\":\"service_unavailable\",\"error_description\":"
                        + "\"The service is temporarily unavailable.\"}");
        RawHttp.Received one = RawHttp.get(emulator.baseUrl(), "/v2/purchase/details/X/com.example.game", 5000);
        assertThat(one.body())
                .isEqualTo("{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":"
                        + "\"The service is temporarily unavailable.\"}}");
        String path = "/product/8.20191001/google/inapp/v3/applications/com.example.game/purchases/products/attempts/"
                + "tokens/catappult.inapp.purchase.DEMOACTIVE0001";
        assertThat(RawHttp.get(emulator.baseUrl(), path, 5000).body())
                .isEqualTo("{\"code\":\"Service.Unavailable\"," + "\"path\":\"" + path
                        + "\",\"text\":\"The service is temporarily unavailable.\",\"data\":null}");
    }

    @Test
    void aConnectionResetArrivesAsAReset() {
        rule("{\"connection\": \"reset\"}");
        RawHttp.Received r = call(5000);
        assertThat(r.text()).isEmpty();
        assertThat(r.failure()).isInstanceOf(SocketException.class).hasMessageContaining("reset");
        JsonNode entry =
                Http.json(http.get("/__admin/requests?limit=1")).get("requests").get(0);
        assertThat(entry.get("status").asInt()).isZero();
        assertThat(entry.get("fault").asString()).isEqualTo("f1:connection reset");
    }

    @Test
    void anEmptyResponseIsAClosedConnectionWithNothingInIt() {
        rule("{\"connection\": \"empty\"}");
        RawHttp.Received r = call(5000);
        assertThat(r.text()).isEmpty();
        assertThat(r.failure()).isNull();
    }

    @Test
    void aTruncatedBodyIsHalfTheRealOne() {
        String whole = RawHttp.get(emulator.baseUrl(), VALIDATE, 5000).body();
        rule("{\"body\": \"truncated\"}");
        RawHttp.Received r = call(5000);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(whole.substring(0, whole.length() / 2));
    }

    @Test
    void aWrongContentTypeKeepsTheBody() {
        rule("{\"body\": \"wrongContentType\"}");
        RawHttp.Received r = call(5000);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.body()).contains("\"developerPayload\":\"something\"");
    }

    @Test
    void aDribbledBodyArrivesWholeInPiecesOverItsDuration() {
        String whole = RawHttp.get(emulator.baseUrl(), VALIDATE, 5000).body();
        rule("{\"dribble\": {\"chunks\": 4, \"over\": \"PT0.6S\"}}");
        RawHttp.Received r = call(5000);
        assertThat(r.body()).isEqualTo(whole);
        assertThat(r.pieces().size()).as("pieces read").isGreaterThanOrEqualTo(3);
        assertThat(r.millis()).isGreaterThanOrEqualTo(550);
    }

    @Test
    void aResponseThatNeverComesMakesTheClientTimeOutAndResetLetsItGo() {
        rule("{\"connection\": \"never\"}");
        RawHttp.Received r = call(300);
        assertThat(r.failure()).isInstanceOf(SocketTimeoutException.class);
        assertThat(r.text()).isEmpty();
        assertThat(Http.json(http.get("/__admin/requests?limit=1"))
                        .get("requests")
                        .get(0)
                        .get("fault")
                        .asString())
                .isEqualTo("f1:connection never");
    }

    @Test
    void aDelayedCallIsAnsweredNormallyAfterTheDelay() {
        rule("{\"delay\": {\"fixed\": \"PT0.3S\"}}");
        RawHttp.Received r = call(5000);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.millis()).isGreaterThanOrEqualTo(290);
        assertThat(Http.json(http.get("/__admin/requests?limit=1"))
                        .get("requests")
                        .get(0)
                        .get("latencyMs")
                        .asDouble())
                .isGreaterThanOrEqualTo(290);
    }

    @Test
    void aQuotaAnswers429WithRetryAfterInTheStoresFormat() {
        rule("{\"quota\": {\"limit\": 2, \"window\": \"PT1M\"}}");
        assertThat(call(5000).status()).isEqualTo(200);
        assertThat(call(5000).status()).isEqualTo(200);
        RawHttp.Received third = call(5000);
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.header("Retry-After")).isEqualTo("60");
        assertThat(third.body()).contains("\"error\":\"rate_limit_exceeded\"");
    }

    @Test
    void afterLetsTheStoreActThenLosesTheAnswer() {
        rule("{\"match\": {\"operation\": \"consume\"}, \"connection\": \"reset\", \"after\": true}");
        RawHttp.Received r = RawHttp.send(
                emulator.baseUrl(),
                "POST /devapi/v2/api/consume/com.example.game/purchases/?access_token=demo-access-token",
                "{\"token\":\"demo-purchase-active\"}",
                5000,
                "Content-Type",
                "application/json");
        assertThat(r.failure()).isInstanceOf(SocketException.class);
        assertThat(Http.json(http.get(VALIDATE)).get("consumptionState").asInt())
                .as("consumed all the same")
                .isZero();
    }
}
