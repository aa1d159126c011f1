package dev.storeemulator.emulator.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Recurring series as time passes: renewing ones are paid again each period, cancelled ones lapse. */
class OneStoreRenewalTest extends OneStoreAdminTestBase {

    @Test
    void aMonthlySeriesIsPaidAgainEachMonth() {
        clock.advance(Duration.ofDays(100));
        JsonNode series = recurringDetails("SANDBOX0000000000010");
        assertThat(series.get("purchaseTime").asLong()).isEqualTo(millis("2026-02-19T10:00:00Z"));
        assertThat(series.get("startTime").asLong()).isEqualTo(millis("2026-02-19T10:00:00Z"));
        assertThat(series.get("expiryTime").asLong()).isEqualTo(millis("2026-06-21T10:00:00Z"));
        assertThat(series.get("nextPaymentTime").asLong()).isEqualTo(millis("2026-06-21T10:00:00Z"));
        assertThat(series.get("recurringState").asInt()).isZero();
        JsonNode last = lastRecurringDetails("SANDBOX0000000000010");
        assertThat(last.get("purchaseTime").asLong()).isEqualTo(millis("2026-05-21T10:00:00Z"));
        assertThat(last.get("startTime").asLong()).isEqualTo(millis("2026-05-21T10:00:00Z"));
        assertThat(last.get("expiryTime").asLong()).isEqualTo(millis("2026-06-21T10:00:00Z"));
    }

    @Test
    void theAdminViewShowsTheRenewedSeries() {
        clock.advance(Duration.ofDays(45));
        JsonNode series = ok(adminGet(SANDBOX + "recurring/SANDBOX0000000000010"), 200);
        assertThat(series.get("expiryTime").asString()).isEqualTo("2026-04-21T10:00:00Z");
        assertThat(series.get("lastPaymentTime").asString()).isEqualTo("2026-03-21T10:00:00Z");
    }

    @Test
    void aSeriesWithItsCancellationReservedLapsesAndStaysLapsed() {
        clock.advance(Duration.ofDays(30));
        JsonNode series = recurringDetails("SANDBOX0000000000011");
        assertThat(series.get("expiryTime").asLong()).isEqualTo(millis("2026-03-26T10:00:00Z"));
        assertThat(series.has("nextPaymentTime")).isFalse();
        assertError(
                post(P + "manage-payment-status/SANDBOX0000000000011/" + PKG + "/reactivate"),
                409,
                "InvalidPurchaseState");
        clock.advance(Duration.ofDays(90));
        assertThat(lastRecurringDetails("SANDBOX0000000000011")
                        .get("expiryTime")
                        .asLong())
                .isEqualTo(millis("2026-03-26T10:00:00Z"));
    }

    @Test
    void aSeriesCancelledThroughTheStoreLapsesAtItsExpiry() {
        assertThat(post(P + "manage-payment-status/SANDBOX0000000000010/" + PKG + "/cancel")
                        .statusCode())
                .isEqualTo(200);
        clock.advance(Duration.ofDays(45));
        assertThat(recurringDetails("SANDBOX0000000000010").get("expiryTime").asLong())
                .isEqualTo(millis("2026-03-21T10:00:00Z"));
    }

    @Test
    void manageRecurringPaymentStatusSeesTheRenewedSeries() {
        clock.advance(Duration.ofDays(40));
        assertThat(post(P + "manage-payment-status/SANDBOX0000000000010/" + PKG + "/cancel")
                        .statusCode())
                .isEqualTo(200);
        JsonNode series = recurringDetails("SANDBOX0000000000010");
        assertThat(series.get("recurringState").asInt()).isOne();
        assertThat(series.get("expiryTime").asLong()).isEqualTo(millis("2026-04-21T10:00:00Z"));
        clock.advance(Duration.ofDays(30));
        assertThat(recurringDetails("SANDBOX0000000000010").get("expiryTime").asLong())
                .isEqualTo(millis("2026-04-21T10:00:00Z"));
    }

    @Test
    void aCompressedPeriodRenewsManyTimesInOneAdvance() {
        ok(
                adminPost(
                        SANDBOX + "recurring",
                        "{\"purchaseId\":\"SANDBOX0000000000020\",\"packageName\":\"com.example.game\","
                                + "\"productId\":\"premium_test\",\"startTime\":\"now\",\"expiryTime\":\"now+PT5M\",\"period\":\"PT5M\"}"),
                201);
        clock.advance(Duration.ofDays(1));
        JsonNode last = lastRecurringDetails("SANDBOX0000000000020");
        assertThat(last.get("purchaseTime").asLong())
                .isEqualTo(START.plus(Duration.ofDays(1)).toEpochMilli());
        assertThat(last.get("expiryTime").asLong())
                .isEqualTo(START.plus(Duration.ofDays(1).plusMinutes(5)).toEpochMilli());
        assertThat(recurringDetails("SANDBOX0000000000020").get("purchaseTime").asLong())
                .isEqualTo(START.toEpochMilli());
    }

    @Test
    void aRenewedSeriesSurvivesAnAdminEdit() {
        clock.advance(Duration.ofDays(45));
        ok(
                adminPost(
                        SANDBOX + "purchases",
                        "{\"purchaseId\":\"SANDBOX0000000000099\","
                                + "\"packageName\":\"com.example.game\",\"productId\":\"gems\"}"),
                201);
        assertThat(lastRecurringDetails("SANDBOX0000000000010")
                        .get("purchaseTime")
                        .asLong())
                .isEqualTo(millis("2026-03-21T10:00:00Z"));
    }
}
