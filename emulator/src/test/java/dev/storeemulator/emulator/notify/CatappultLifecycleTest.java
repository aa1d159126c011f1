package dev.storeemulator.emulator.notify;

import static dev.storeemulator.emulator.notify.ReceivedMessages.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.Http;
import dev.storeemulator.testsupport.StubServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Catappult's subscription lifecycle on the emulator's clock: PENDING until acknowledged, revoked after 48 hours,
 * grace, hold, pause and recovery, each seen alike in validation and in the RTDN it sends.
 */
class CatappultLifecycleTest {
    static final Instant START = Instant.parse("2026-05-01T00:00:00Z");
    static final String T = "catappult.inapp.purchase.";
    static final String VALIDATE =
            "/productv2/8.20250505/google/inapp/v3/applications/com.example.life/purchases/subscriptions/monthly/tokens/";
    static final String ADMIN = "/__admin/catappult/subscriptions/";

    StubServer receiver;
    VirtualClock clock;
    StoreEmulator emulator;
    Http http;

    @BeforeEach
    void start() {
        receiver = new StubServer(r -> StubServer.Answer.json(200, "{}"));
        clock = VirtualClock.frozenAt(START);
        emulator = StoreEmulator.builder()
                .clock(clock)
                .fixtures(Fixtures.parse("""
                        catappult:
                          apps:
                            - {packageName: com.example.life, apiKey: k, notifications: "%s/rtdn"}
                            - {packageName: com.example.fast, apiKey: k, notifications: "%s/rtdn", sandboxPeriod: PT5M}
                          subscriptions:
                            - {token: %sPENDING1, packageName: com.example.life, productId: monthly, startTime: now,
                               expiryTime: now+P30D}
                            - {token: %sACKED1, packageName: com.example.life, productId: monthly, startTime: now,
                               expiryTime: now+P30D}
                            - {token: %sDECLINED1, packageName: com.example.life, productId: monthly, startTime: now-P1D,
                               expiryTime: now+P1D, acknowledged: true, renewals: [decline]}
                            - {token: %sRECOVERS1, packageName: com.example.life, productId: monthly, startTime: now-P1D,
                               expiryTime: now+P1D, acknowledged: true, renewals: [decline 2, approve]}
                            - {token: %sPAUSED1, packageName: com.example.life, productId: monthly, startTime: now-P1D,
                               expiryTime: now+P1D, acknowledged: true, pausedUntil: now+P10D}
                            - {token: %sFAST1, packageName: com.example.fast, productId: monthly, startTime: now,
                               expiryTime: now+PT5M, acknowledged: true, renewals: [decline]}
                        """.formatted(receiver.baseUrl(), receiver.baseUrl(), T, T, T, T, T, T)))
                .requestLog(false)
                .build()
                .start();
        http = new Http(emulator.baseUrl());
    }

    @AfterEach
    void stop() {
        emulator.close();
        receiver.close();
    }

    JsonNode validate(String token) {
        return ok(http.get(VALIDATE + T + token), 200);
    }

    long expiry(JsonNode s) {
        return Long.parseLong(s.get("expiryTimeMillis").asString());
    }

    List<Integer> told(String token, int n) throws InterruptedException {
        return ReceivedMessages.subscriptionTypes(emulator, receiver, T + token, n);
    }

    @Test
    void anUnacknowledgedSubscriptionIsRevokedAfterTwoDaysAndAnAcknowledgedTwinRenews() throws Exception {
        assertThat(http.postJson(VALIDATE + T + "ACKED1/acknowledge", "", "Api-Key", "k")
                        .statusCode())
                .isEqualTo(204);
        assertThat(told("ACKED1", 1)).containsExactly(4);
        clock.advance(Duration.ofDays(4));
        JsonNode revoked = validate("PENDING1");
        JsonNode twin = validate("ACKED1");
        assertThat(revoked.get("autoRenewing").asBoolean()).isFalse();
        assertThat(expiry(revoked)).isEqualTo(START.plus(Duration.ofHours(48)).toEpochMilli());
        assertThat(expiry(revoked)).isLessThan(expiry(twin));
        assertThat(twin.get("autoRenewing").asBoolean()).isTrue();
        assertThat(revoked.get("acknowledgementState").asInt()).isZero();
        assertThat(told("PENDING1", 1)).containsExactly(12);
        assertThat(told("ACKED1", 1)).containsExactly(4);
        assertThat(http.postJson(VALIDATE + T + "PENDING1/acknowledge", "", "Api-Key", "k")
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void aRenewalThatKeepsFailingGoesThroughGraceAndHoldToExpiry() throws Exception {
        clock.advance(Duration.ofDays(2));
        JsonNode grace = validate("DECLINED1");
        assertThat(grace.get("paymentState").asInt()).isZero();
        assertThat(grace.get("autoRenewing").asBoolean()).isTrue();
        assertThat(expiry(grace)).isEqualTo(START.plus(Duration.ofDays(8)).toEpochMilli());
        clock.advance(Duration.ofDays(7));
        JsonNode hold = validate("DECLINED1");
        assertThat(hold.get("paymentState").asInt()).isZero();
        assertThat(expiry(hold)).isLessThan(clock.instant().toEpochMilli());
        clock.advance(Duration.ofDays(30));
        JsonNode expired = validate("DECLINED1");
        assertThat(expired.get("autoRenewing").asBoolean()).isFalse();
        assertThat(expiry(expired)).isEqualTo(START.plus(Duration.ofDays(8)).toEpochMilli());
        assertThat(told("DECLINED1", 3)).containsExactly(6, 5, 13);
    }

    @Test
    void theAdminListingTellsTheStateEachSubscriptionIsInNow() {
        JsonNode before = ok(http.get("/__admin/catappult/subscriptions"), 200).get("states");
        assertThat(before.get(T + "PENDING1").asString()).isEqualTo("PENDING");
        assertThat(before.get(T + "PAUSED1").asString()).isEqualTo("ACTIVE");
        clock.advance(Duration.ofDays(2));
        JsonNode after = ok(http.get("/__admin/catappult/subscriptions"), 200).get("states");
        assertThat(after.get(T + "DECLINED1").asString()).isEqualTo("IN_GRACE_PERIOD");
        assertThat(after.get(T + "ACKED1").asString())
                .as("never acknowledged: revoked")
                .isEqualTo("EXPIRED");
    }

    @Test
    void aRenewalDeclinedTwiceRecoversInGraceAndKeepsItsCycle() throws Exception {
        clock.advance(Duration.ofDays(4));
        JsonNode s = validate("RECOVERS1");
        assertThat(s.get("paymentState").asInt()).isEqualTo(1);
        assertThat(expiry(s))
                .isEqualTo(START.plus(Duration.ofDays(1))
                        .atZone(java.time.ZoneOffset.UTC)
                        .plusMonths(1)
                        .toInstant()
                        .toEpochMilli());
        assertThat(told("RECOVERS1", 2)).containsExactly(6, 1);
    }

    @Test
    void adminActionsForceEveryStateAndEachIsTold() throws Exception {
        String token = T + "ACKED1";
        ok(http.postJson(ADMIN + token + "/acknowledge", ""), 200);
        ok(http.postJson(ADMIN + token + "/grace", ""), 200);
        assertThat(validate("ACKED1").get("paymentState").asInt()).isZero();
        ok(http.postJson(ADMIN + token + "/hold", ""), 200);
        assertThat(expiry(validate("ACKED1"))).isLessThanOrEqualTo(START.toEpochMilli());
        ok(http.postJson(ADMIN + token + "/renew", ""), 200);
        assertThat(validate("ACKED1").get("paymentState").asInt()).isEqualTo(1);
        ok(http.postJson(ADMIN + token + "/pause", ""), 200);
        ok(http.postJson(ADMIN + token + "/resume", ""), 200);
        ok(http.postJson(ADMIN + token + "/cancel", ""), 200);
        ok(http.postJson(ADMIN + token + "/reactivate", ""), 200);
        ok(http.postJson(ADMIN + token + "/revoke", ""), 200);
        JsonNode revoked = validate("ACKED1");
        assertThat(revoked.get("autoRenewing").asBoolean()).isFalse();
        assertThat(expiry(revoked)).isEqualTo(START.toEpochMilli());
        assertThat(told("ACKED1", 9)).containsExactly(4, 6, 5, 1, 10, 2, 3, 7, 12);
        assertThat(http.postJson(ADMIN + token + "/renew", "").statusCode()).isEqualTo(409);
    }

    @Test
    void aSandboxAppRunsTheWholeLifecycleInMinutes() throws Exception {
        clock.advance(Duration.ofMinutes(5).plusSeconds(10));
        assertThat(told("FAST1", 1)).containsExactly(6);
        clock.advance(Duration.ofMinutes(7));
        assertThat(told("FAST1", 3)).containsExactly(6, 5, 13);
    }

    @Test
    void withARunningClockATimerIsToldAsRealTimePassesIt() throws Exception {
        String token = T + "SOON1";
        ok(
                http.postJson(
                        "/__admin/catappult/subscriptions",
                        "{\"token\":\"" + token + "\",\"packageName\":\"com.example.life\",\"productId\":\"monthly\","
                                + "\"startTime\":\"now\",\"expiryTime\":\"now+PT1S\",\"acknowledged\":true,"
                                + "\"period\":\"PT1H\"}"),
                201);
        assertThat(told("SOON1", 1)).containsExactly(4);
        clock.unfreeze();
        assertThat(told("SOON1", 2))
                .as("no move of the clock, only time passing")
                .containsExactly(4, 2);
    }

    @Test
    void aPauseScheduledByTheFixturesBeginsAndEndsByTheClock() throws Exception {
        clock.advance(Duration.ofDays(2));
        JsonNode paused = validate("PAUSED1");
        assertThat(paused.get("autoRenewing").asBoolean()).isTrue();
        assertThat(expiry(paused)).isEqualTo(START.plus(Duration.ofDays(1)).toEpochMilli());
        assertThat(ok(http.get(VALIDATE.replace("/productv2/", "/product/") + T + "PAUSED1"), 200)
                        .get("resource")
                        .get("expiryTimeMillis"))
                .as("both families agree")
                .isEqualTo(paused.get("expiryTimeMillis"));
        clock.advance(Duration.ofDays(9));
        assertThat(expiry(validate("PAUSED1"))).isGreaterThan(clock.instant().toEpochMilli());
        assertThat(told("PAUSED1", 2)).containsExactly(10, 2);
    }
}
