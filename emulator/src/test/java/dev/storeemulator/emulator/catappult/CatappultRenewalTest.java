package dev.storeemulator.emulator.catappult;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Time passing: auto-renewing subscriptions renew at their period under the same token; cancelled ones lapse. */
class CatappultRenewalTest extends CatappultAdminTestBase {
    static final String SUB = T + "DEMOSUBACTIVE1";

    static JsonNode subscription(String productId, String token) {
        return ok(storeSubscription(productId, token));
    }

    static Instant expiry(JsonNode body) {
        return Instant.ofEpochMilli(Long.parseLong(body.get("expiryTimeMillis").asString()));
    }

    @Test
    void aMonthlySubscriptionRenewsEachCalendarMonthAsTheClockCrossesMonths() {
        clock.advance(Duration.ofDays(92));
        JsonNode s = subscription("premium_monthly", SUB);
        assertThat(expiry(s)).isEqualTo(Instant.parse("2026-06-21T10:00:00Z"));
        assertThat(s.get("autoRenewing").asBoolean()).isTrue();
        assertThat(s.get("startTimeMillis").asString())
                .isEqualTo(Long.toString(START.minus(Duration.ofDays(10)).toEpochMilli()));
        assertThat(s.get("orderId").asString()).matches("[A-Z0-9]{16}");
    }

    @Test
    void itIsStillActiveAtTheInstantItsPeriodWouldHaveEnded() {
        clock.set(Instant.parse("2026-03-21T10:00:00Z"));
        assertThat(expiry(subscription("premium_monthly", SUB))).isEqualTo(Instant.parse("2026-04-21T10:00:00Z"));
    }

    @Test
    void theControlPlaneExportsTheRenewedSubscription() {
        clock.advance(Duration.ofDays(40));
        JsonNode entry = ok(http.get(ADMIN + "subscriptions/" + SUB));
        assertThat(entry.get("expiryTime").asString()).isEqualTo("2026-04-21T10:00:00Z");
        assertThat(entry.get("token").asString()).isEqualTo(SUB);
    }

    @Test
    void aCancelledSubscriptionLapsesAtItsExpiryTimeAndIsStillAnswered() {
        ok(post(ADMIN + "subscriptions/" + SUB + "/cancel"));
        clock.advance(Duration.ofDays(60));
        JsonNode s = subscription("premium_monthly", SUB);
        assertThat(expiry(s)).isEqualTo(START.plus(Duration.ofDays(20))).isBefore(clock.instant());
        assertThat(s.get("autoRenewing").asBoolean()).isFalse();
    }

    @Test
    void aCompressedPeriodRenewsManyTimesInOneAdvance() {
        assertThat(http.postJson(
                                ADMIN + "subscriptions",
                                "{\"token\":\"" + T + "FAST1\",\"packageName\":"
                                        + "\"com.example.game\",\"productId\":\"premium_test\",\"startTime\":\"now\","
                                        + "\"expiryTime\":\"now+PT5M\",\"period\":\"PT5M\",\"acknowledged\":true}")
                        .statusCode())
                .isEqualTo(201);
        clock.advance(Duration.ofHours(1).plusMinutes(2));
        assertThat(expiry(subscription("premium_test", T + "FAST1")))
                .isEqualTo(START.plus(Duration.ofHours(1).plusMinutes(5)));
        clock.advance(Duration.ofDays(365));
        assertThat(expiry(subscription("premium_test", T + "FAST1")))
                .isEqualTo(START.plus(Duration.ofDays(365).plusHours(1).plusMinutes(5)));
    }

    @Test
    void aRenewalCarriesOverAnAdminEditOfAnotherEntry() {
        clock.advance(Duration.ofDays(40));
        assertThat(http.postJson(ADMIN + "apps", "{\"packageName\":\"com.acme.app\",\"apiKey\":\"k\"}")
                        .statusCode())
                .isEqualTo(201);
        clock.advance(Duration.ofDays(1));
        assertThat(expiry(subscription("premium_monthly", SUB))).isEqualTo(Instant.parse("2026-04-21T10:00:00Z"));
    }

    @Test
    void movingTheClockThroughTheControlPlaneRenewsToo() {
        assertThat(http.postJson("/__admin/clock/advance", "{\"duration\":\"P31D\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(expiry(subscription("premium_monthly", SUB))).isEqualTo(Instant.parse("2026-04-21T10:00:00Z"));
    }
}
