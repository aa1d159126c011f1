package dev.storeemulator.emulator.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SubscriptionTest extends CafebazaarTestBase {
    static final String Q = "/?access_token=" + TOKEN;

    static JsonNode subscription(String token) {
        HttpResponse<String> r = http.get(SUBS + token + Q);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.json(r);
    }

    @Nested
    class Status {
        @Test
        void activeSubscriptionHasTheSeedFieldsAndItsLinkedToken() {
            JsonNode body = subscription("demo-sub-active");
            assertThat(body.propertyNames())
                    .containsExactly(
                            "kind",
                            "initiationTimestampMsec",
                            "validUntilTimestampMsec",
                            "autoRenewing",
                            "linkedSubscriptionToken");
            assertThat(body.get("kind").asString()).isEqualTo("androidpublisher#subscriptionPurchase");
            assertThat(body.get("initiationTimestampMsec").asLong())
                    .isEqualTo(START.minus(Duration.ofDays(40)).toEpochMilli());
            assertThat(body.get("validUntilTimestampMsec").asLong())
                    .isEqualTo(START.plus(Duration.ofDays(20)).toEpochMilli());
            assertThat(body.get("autoRenewing").asBoolean()).isTrue();
            assertThat(body.get("linkedSubscriptionToken").asString()).isEqualTo("demo-sub-active");
        }

        @Test
        void aLaterBillingTokenIdentifiesTheSameSubscription() {
            assertThat(subscription("demo-sub-active-renewal-1")).isEqualTo(subscription("demo-sub-active"));
        }

        @Test
        void anExpiredSubscriptionStillAnswers200AndTheCallerComparesValidUntil() {
            JsonNode body = subscription("demo-sub-expired");
            assertThat(body.get("validUntilTimestampMsec").asLong()).isLessThan(clock.millis());
            assertThat(body.get("autoRenewing").asBoolean()).isFalse();
        }

        @Test
        void unknownTokenOrWrongSubscriptionIdGetsTheExactSeedBody() {
            String text = "The requested subscription is not found!";
            assertError(http.get(SUBS + "nope" + Q), 404, "not_found", text);
            assertError(
                    http.get(SUBS.replace("premium_monthly", "premium_yearly") + "demo-sub-active" + Q),
                    404,
                    "not_found",
                    text);
            assertError(http.get(SUBS + "demo-purchase-active" + Q), 404, "not_found", text);
        }
    }

    @Nested
    class Cancel {
        @Test
        void cancelAnswersAnEmptyObjectAndTurnsAutoRenewalOffButKeepsValidUntil() {
            long validUntil = subscription("demo-sub-active")
                    .get("validUntilTimestampMsec")
                    .asLong();
            HttpResponse<String> r = http.get(SUBS + "demo-sub-active/cancel" + Q);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("{}");
            JsonNode after = subscription("demo-sub-active");
            assertThat(after.get("autoRenewing").asBoolean()).isFalse();
            assertThat(after.get("validUntilTimestampMsec").asLong()).isEqualTo(validUntil);
        }

        @Test
        void postIsAcceptedAndALaterBillingTokenCancelsTheSeries() {
            HttpResponse<String> r = http.send("POST", SUBS + "demo-sub-active-renewal-1/cancel" + Q, "");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(subscription("demo-sub-active").get("autoRenewing").asBoolean())
                    .isFalse();
        }

        @Test
        void cancellingACancelledSubscriptionIsInvalidValue() {
            assertError(
                    http.get(SUBS + "demo-sub-cancelled/cancel" + Q),
                    400,
                    "invalid_value",
                    "The subscription is already cancelled.");
            assertThat(http.get(SUBS + "demo-sub-active/cancel" + Q).statusCode())
                    .isEqualTo(200);
            assertError(http.get(SUBS + "demo-sub-active/cancel" + Q), 400, "invalid_value", null);
        }

        @Test
        void cancellingAnExpiredSubscriptionIsInvalidValue() {
            clock.advance(Duration.ofDays(26));
            assertError(
                    http.get(SUBS + "demo-sub-cancelled/cancel" + Q),
                    400,
                    "invalid_value",
                    "The subscription has expired.");
            assertError(
                    http.get(SUBS + "demo-sub-expired/cancel" + Q),
                    400,
                    "invalid_value",
                    "The subscription has expired.");
        }

        @Test
        void cancellingAnUnknownSubscriptionIsNotFound() {
            assertError(
                    http.get(SUBS + "nope/cancel" + Q), 404, "not_found", "The requested subscription is not found!");
        }

        @Test
        void cancelNeedsCredentials() {
            assertError(http.get(SUBS + "demo-sub-active/cancel/"), 401, "invalid_credentials", null);
            assertThat(subscription("demo-sub-active").get("autoRenewing").asBoolean())
                    .isTrue();
        }
    }

    @Nested
    class FailedRenewal {
        @Test
        void aDeclinedRenewalEndsTheSeriesAtValidUntilWithAutoRenewingOff() {
            String admin = "/__admin/cafebazaar/subscriptions/demo-sub-active/";
            assertThat(http.postJson(admin + "decline", "").statusCode()).isEqualTo(200);
            assertThat(subscription("demo-sub-active").get("autoRenewing").asBoolean())
                    .as("until the renewal is due, nothing shows")
                    .isTrue();
            clock.advance(Duration.ofDays(60));
            JsonNode ended = subscription("demo-sub-active");
            assertThat(ended.get("autoRenewing").asBoolean()).isFalse();
            assertThat(ended.get("validUntilTimestampMsec").asLong())
                    .isEqualTo(START.plus(Duration.ofDays(20)).toEpochMilli());
            clock.advance(Duration.ofDays(60));
            assertThat(subscription("demo-sub-active")
                            .get("validUntilTimestampMsec")
                            .asLong())
                    .as("validUntil stops advancing")
                    .isEqualTo(START.plus(Duration.ofDays(20)).toEpochMilli());
            assertThat(http.postJson(admin + "renew", "").statusCode()).isEqualTo(200);
            assertThat(subscription("demo-sub-active")
                            .get("validUntilTimestampMsec")
                            .asLong())
                    .as("a payment taken by hand restarts it")
                    .isGreaterThan(clock.millis());
        }

        @Test
        void aScriptedSecondRenewalFailureLetsTheFirstRenewalThrough() {
            JsonNode entry = Http.json(http.get("/__admin/cafebazaar/subscriptions/demo-sub-active"));
            ((tools.jackson.databind.node.ObjectNode) entry)
                    .putArray("renewals")
                    .add("approve")
                    .add("decline");
            HttpResponse<String> put = http.send(
                    "PUT",
                    "/__admin/cafebazaar/subscriptions/demo-sub-active",
                    entry.toString(),
                    "Content-Type",
                    "application/json");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
            clock.advance(Duration.ofDays(90));
            JsonNode ended = subscription("demo-sub-active");
            assertThat(ended.get("autoRenewing").asBoolean()).isFalse();
            assertThat(java.time.Instant.ofEpochMilli(
                            ended.get("validUntilTimestampMsec").asLong()))
                    .isEqualTo(START.plus(Duration.ofDays(20))
                            .atZone(java.time.ZoneOffset.UTC)
                            .plusMonths(1)
                            .toInstant());
        }
    }
}
