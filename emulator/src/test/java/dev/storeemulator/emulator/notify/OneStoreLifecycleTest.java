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
 * ONE store's subscription states (Subscribed, Canceled, Grace, On hold, Paused, Expired) by the clock and by admin
 * actions, each as its state table shows it in recurring-details and as the SNS message it sends.
 */
class OneStoreLifecycleTest {
    static final Instant START = Instant.parse("2026-05-01T00:00:00Z");
    static final String PKG = "com.example.life";

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
                        onestore:
                          apps:
                            - {packageName: com.example.life, clientSecret: s, notifications: {sandbox: "%s/sns"}}
                            - {packageName: com.example.fast, clientSecret: s, notifications: {sandbox: "%s/sns"},
                               sandboxPeriod: PT5M}
                          sandbox:
                            recurring:
                              - {purchaseId: SANDBOXDECLINED1, packageName: com.example.life, productId: monthly,
                                 startTime: now-P29D, expiryTime: now+P1D, renewals: [decline]}
                              - {purchaseId: SANDBOXRECOVERS1, packageName: com.example.life, productId: monthly,
                                 startTime: now-P29D, expiryTime: now+P1D, renewals: [decline 9, approve]}
                              - {purchaseId: SANDBOXACTIVE1, packageName: com.example.life, productId: monthly,
                                 startTime: now, expiryTime: now+P30D}
                              - {purchaseId: SANDBOXPAUSED1, packageName: com.example.life, productId: monthly,
                                 startTime: now-P29D, expiryTime: now+P1D, pausedUntil: now+P10D}
                              - {purchaseId: SANDBOXFAST1, packageName: com.example.fast, productId: monthly,
                                 startTime: now, expiryTime: now+PT5M}
                        """.formatted(receiver.baseUrl(), receiver.baseUrl())))
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

    String token(String packageName) {
        return ok(
                        http.postForm(
                                "/v2/oauth/token",
                                "grant_type=client_credentials&client_id=" + packageName + "&client_secret=s"),
                        200)
                .get("access_token")
                .asString();
    }

    JsonNode details(String purchaseId, String packageName) {
        String token = token(packageName);
        return ok(
                http.get(
                        "/v2/purchase/recurring-details/" + purchaseId + "/" + packageName,
                        "Authorization",
                        "Bearer " + token),
                200);
    }

    JsonNode details(String purchaseId) {
        return details(purchaseId, PKG);
    }

    /** recurringState, and whether expiryTime is still ahead of the clock, as the state table lists them. */
    String row(JsonNode d) {
        return d.get("recurringState").asInt()
                + (d.get("expiryTime").asLong() > clock.instant().toEpochMilli() ? " ahead" : " ended");
    }

    List<Integer> told(String purchaseId, int n) throws InterruptedException {
        return ReceivedMessages.subscriptionTypes(emulator, receiver, purchaseId, n);
    }

    @Test
    void aPaymentThatKeepsFailingGoesThroughGraceAndHoldBeforeItExpires() throws Exception {
        assertThat(row(details("SANDBOXDECLINED1"))).isEqualTo("0 ahead");
        clock.advance(Duration.ofDays(2));
        JsonNode grace = details("SANDBOXDECLINED1");
        assertThat(row(grace)).isEqualTo("0 ahead");
        assertThat(grace.get("expiryTime").asLong())
                .isEqualTo(START.plus(Duration.ofDays(8)).toEpochMilli());
        assertThat(grace.get("nextPaymentTime").asLong())
                .isEqualTo(START.plus(Duration.ofDays(3)).toEpochMilli());
        clock.advance(Duration.ofDays(7));
        assertThat(row(details("SANDBOXDECLINED1"))).isEqualTo("0 ended");
        clock.advance(Duration.ofDays(30));
        JsonNode expired = details("SANDBOXDECLINED1");
        assertThat(row(expired)).isEqualTo("1 ended");
        assertThat(expired.has("nextPaymentTime")).isFalse();
        assertThat(told("SANDBOXDECLINED1", 3)).containsExactly(6, 5, 13);
    }

    @Test
    void aPaymentApprovedOnHoldRecoversWithANewPeriodFromThen() throws Exception {
        clock.advance(Duration.ofDays(12));
        JsonNode recovered = details("SANDBOXRECOVERS1");
        assertThat(row(recovered)).isEqualTo("0 ahead");
        Instant recovery = START.plus(Duration.ofDays(10));
        assertThat(recovered.get("expiryTime").asLong())
                .isEqualTo(recovery.atZone(java.time.ZoneOffset.UTC)
                        .plusMonths(1)
                        .toInstant()
                        .toEpochMilli());
        assertThat(told("SANDBOXRECOVERS1", 3)).containsExactly(6, 5, 1);
    }

    @Test
    void adminActionsReachEveryStateAndEachIsTold() throws Exception {
        String admin = "/__admin/onestore/sandbox/recurring/SANDBOXACTIVE1/";
        ok(http.postJson(admin + "grace", ""), 200);
        assertThat(row(details("SANDBOXACTIVE1"))).isEqualTo("0 ahead");
        ok(http.postJson(admin + "hold", ""), 200);
        JsonNode hold = details("SANDBOXACTIVE1");
        assertThat(hold.get("recurringState").asInt()).isZero();
        assertThat(hold.get("expiryTime").asLong()).isLessThanOrEqualTo(START.toEpochMilli());
        ok(http.postJson(admin + "renew", ""), 200);
        assertThat(row(details("SANDBOXACTIVE1"))).isEqualTo("0 ahead");
        ok(http.postJson(admin + "pause", ""), 200);
        JsonNode paused = details("SANDBOXACTIVE1");
        assertThat(paused.get("recurringState").asInt()).isZero();
        assertThat(paused.get("expiryTime").asLong()).isEqualTo(START.toEpochMilli());
        ok(http.postJson(admin + "resume", ""), 200);
        ok(http.postJson(admin + "cancel", ""), 200);
        assertThat(row(details("SANDBOXACTIVE1"))).isEqualTo("1 ahead");
        assertThat(http.postJson(admin + "pause", "").statusCode()).isEqualTo(409);
        ok(http.postJson(admin + "reactivate", ""), 200);
        ok(http.postJson(admin + "expire", ""), 200);
        assertThat(row(details("SANDBOXACTIVE1"))).isEqualTo("1 ended");
        assertThat(told("SANDBOXACTIVE1", 8)).containsExactly(6, 5, 1, 10, 2, 3, 7, 13);
    }

    @Test
    void theSandboxSpeedRunsAMonthInFiveMinutes() throws Exception {
        clock.advance(Duration.ofMinutes(16));
        JsonNode fast = details("SANDBOXFAST1", "com.example.fast");
        assertThat(fast.get("expiryTime").asLong())
                .isEqualTo(START.plus(Duration.ofMinutes(20)).toEpochMilli());
        assertThat(told("SANDBOXFAST1", 3)).containsExactly(2, 2, 2);
    }

    JsonNode last(String purchaseId) {
        String token = token(PKG);
        return ok(
                http.get(
                        "/v2/purchase/last-recurring-details/" + purchaseId + "/" + PKG,
                        "Authorization",
                        "Bearer " + token),
                200);
    }

    @Test
    void aPauseScheduledByTheFixturesBeginsAndEndsByTheClockAndBothRecurringCallsAgree() throws Exception {
        clock.advance(Duration.ofDays(2));
        JsonNode paused = details("SANDBOXPAUSED1");
        assertThat(row(paused)).isEqualTo("0 ended");
        assertThat(paused.get("expiryTime").asLong())
                .isEqualTo(START.plus(Duration.ofDays(1)).toEpochMilli());
        assertThat(paused.get("nextPaymentTime").asLong())
                .isEqualTo(START.plus(Duration.ofDays(10)).toEpochMilli());
        assertThat(last("SANDBOXPAUSED1").get("expiryTime")).isEqualTo(paused.get("expiryTime"));
        clock.advance(Duration.ofDays(9));
        JsonNode resumed = last("SANDBOXPAUSED1");
        assertThat(row(resumed)).isEqualTo("0 ahead");
        assertThat(resumed.get("purchaseTime").asLong())
                .isEqualTo(START.plus(Duration.ofDays(10)).toEpochMilli());
        assertThat(details("SANDBOXPAUSED1").get("expiryTime")).isEqualTo(resumed.get("expiryTime"));
        assertThat(told("SANDBOXPAUSED1", 2)).containsExactly(10, 2);
    }
}
