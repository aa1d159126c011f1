package dev.storeemulator.emulator.catappult;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The admin actions that mirror real life, each seen at once through the store API. */
class CatappultAdminActionsTest extends CatappultAdminTestBase {
    static final String ACTIVE = T + "DEMOACTIVE0001";
    static final String CONSUMED = T + "DEMOCONSUMED01";
    static final String CANCELED = T + "DEMOCANCELED01";
    static final String SUB = T + "DEMOSUBACTIVE1";
    static final String LAPSED = T + "DEMOSUBEXPIRE1";

    static HttpResponse<String> purchaseAction(String token, String action) {
        return post(ADMIN + "purchases/" + token + "/" + action);
    }

    static HttpResponse<String> subscriptionAction(String token, String action) {
        return post(ADMIN + "subscriptions/" + token + "/" + action);
    }

    static long millis(JsonNode body, String field) {
        return Long.parseLong(body.get(field).asString());
    }

    @Nested
    class PurchaseConsume {
        @Test
        void consumesAndTheStoreReportsConsumptionStateOne() {
            JsonNode entry = ok(purchaseAction(ACTIVE, "consume"));
            assertThat(entry.get("consumed").asBoolean()).isTrue();
            assertThat(ok(storePurchase("attempts", ACTIVE))
                            .get("consumptionState")
                            .asInt())
                    .isEqualTo(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {CONSUMED, CANCELED})
        void aConsumedOrCanceledPurchaseCannotBeConsumed(String token) {
            adminError(purchaseAction(token, "consume"), 409, "conflict");
        }
    }

    @Nested
    class PurchaseAcknowledge {
        @Test
        void acknowledgesAPendingPurchase() {
            assertThat(put(
                                    ADMIN + "purchases/" + ACTIVE,
                                    "{\"packageName\":\"com.example.game\","
                                            + "\"productId\":\"attempts\",\"acknowledged\":false}")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(ok(storePurchase("attempts", ACTIVE))
                            .get("acknowledgementState")
                            .asInt())
                    .isZero();
            assertThat(ok(purchaseAction(ACTIVE, "acknowledge"))
                            .get("acknowledged")
                            .asBoolean())
                    .isTrue();
            assertThat(ok(storePurchase("attempts", ACTIVE))
                            .get("acknowledgementState")
                            .asInt())
                    .isEqualTo(1);
        }

        @Test
        void anAcknowledgedPurchaseCannotBeAcknowledgedAgain() {
            adminError(purchaseAction(ACTIVE, "acknowledge"), 409, "conflict");
        }
    }

    @Nested
    class PurchaseRefund {
        @Test
        void voidsThePurchaseNowAndListsItAmongTheVoided() {
            JsonNode entry = ok(purchaseAction(ACTIVE, "refund"));
            assertThat(entry.get("voidedTime").asString()).isEqualTo(START.toString());
            assertThat(entry.get("voidedReason").asInt()).isZero();
            assertThat(ok(storePurchase("attempts", ACTIVE))
                            .get("purchaseState")
                            .asInt())
                    .isEqualTo(1);
            JsonNode items = ok(http.get(STORE + "voidedpurchases?startTime=" + START.toEpochMilli()))
                    .get("items");
            assertThat(items).hasSize(1);
            assertThat(items.get(0).get("purchaseToken").asString()).isEqualTo(ACTIVE);
            assertThat(items.get(0).get("voidedTimeMillis").asString()).isEqualTo(Long.toString(START.toEpochMilli()));
        }

        @Test
        void keepsAChargebackReasonGivenInTheFixtures() {
            put(
                    ADMIN + "purchases/" + ACTIVE,
                    "{\"packageName\":\"com.example.game\",\"productId\":\"attempts\"," + "\"voidedReason\":7}");
            assertThat(ok(purchaseAction(ACTIVE, "refund")).get("voidedReason").asInt())
                    .isEqualTo(7);
        }

        @Test
        void aCanceledPurchaseCannotBeRefundedAgain() {
            JsonNode error = adminError(purchaseAction(CANCELED, "refund"), 409, "conflict");
            assertThat(error.get("message").asString()).contains("already canceled");
        }
    }

    @Nested
    class SubscriptionAcknowledge {
        @Test
        void acknowledgesAndTheStoreReportsAcknowledgementStateOne() {
            String fresh = T + "FRESHPENDING1";
            assertThat(http.postJson(
                                    ADMIN + "subscriptions",
                                    "{\"token\":\"" + fresh + "\",\"packageName\":\"com.example.game\","
                                            + "\"productId\":\"premium_monthly\",\"startTime\":\"now\"}")
                            .statusCode())
                    .isEqualTo(201);
            assertThat(ok(storeSubscription("premium_monthly", fresh))
                            .get("acknowledgementState")
                            .asInt())
                    .isEqualTo(0);
            ok(subscriptionAction(fresh, "acknowledge"));
            assertThat(ok(storeSubscription("premium_monthly", fresh))
                            .get("acknowledgementState")
                            .asInt())
                    .isEqualTo(1);
        }

        @Test
        void anAcknowledgedSubscriptionCannotBeAcknowledgedAgain() {
            adminError(subscriptionAction(LAPSED, "acknowledge"), 409, "conflict");
        }
    }

    @Nested
    class SubscriptionCancel {
        @Test
        void turnsAutoRenewalOffAndKeepsTheExpiryTime() {
            ok(subscriptionAction(SUB, "cancel"));
            JsonNode s = ok(storeSubscription("premium_monthly", SUB));
            assertThat(s.get("autoRenewing").asBoolean()).isFalse();
            assertThat(millis(s, "expiryTimeMillis"))
                    .isEqualTo(START.plus(Duration.ofDays(20)).toEpochMilli());
        }

        @Test
        void aCancelledSubscriptionCannotBeCancelledAgain() {
            ok(subscriptionAction(SUB, "cancel"));
            JsonNode error = adminError(subscriptionAction(SUB, "cancel"), 409, "conflict");
            assertThat(error.get("message").asString()).contains("already cancelled");
        }

        @Test
        void anExpiredSubscriptionCannotBeCancelled() {
            JsonNode error = adminError(subscriptionAction(LAPSED, "cancel"), 409, "conflict");
            assertThat(error.get("message").asString()).contains("expired");
        }
    }

    @Nested
    class SubscriptionRenew {
        @Test
        void anActiveSubscriptionRunsOnePeriodPastItsExpiryTime() {
            ok(subscriptionAction(SUB, "renew"));
            assertThat(millis(ok(storeSubscription("premium_monthly", SUB)), "expiryTimeMillis"))
                    .isEqualTo(java.time.Instant.parse("2026-04-21T10:00:00Z").toEpochMilli());
        }

        @Test
        void aLapsedSubscriptionRunsOnePeriodFromNow() {
            ok(subscriptionAction(LAPSED, "renew"));
            JsonNode s = ok(storeSubscription("premium_monthly", LAPSED));
            assertThat(millis(s, "expiryTimeMillis"))
                    .isEqualTo(java.time.Instant.parse("2026-04-01T10:00:00Z").toEpochMilli());
        }
    }

    @Nested
    class SubscriptionExpire {
        @Test
        void endsItNowAndStopsAutoRenewal() {
            JsonNode entry = ok(subscriptionAction(SUB, "expire"));
            assertThat(entry.get("expiryTime").asString()).isEqualTo(START.toString());
            JsonNode s = ok(storeSubscription("premium_monthly", SUB));
            assertThat(millis(s, "expiryTimeMillis")).isEqualTo(START.toEpochMilli());
            assertThat(s.get("autoRenewing").asBoolean()).isFalse();
        }

        @Test
        void anExpiredSubscriptionKeepsItsExpiryTime() {
            adminError(subscriptionAction(LAPSED, "expire"), 409, "conflict");
            assertThat(millis(ok(storeSubscription("premium_monthly", LAPSED)), "expiryTimeMillis"))
                    .isEqualTo(START.minus(Duration.ofDays(15)).toEpochMilli());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "purchases/catappult.inapp.purchase.NOPE/consume",
                "purchases/catappult.inapp.purchase.NOPE/acknowledge",
                "purchases/catappult.inapp.purchase.NOPE/refund",
                "subscriptions/catappult.inapp.purchase.NOPE/acknowledge",
                "subscriptions/catappult.inapp.purchase.NOPE/cancel",
                "subscriptions/catappult.inapp.purchase.NOPE/renew",
                "subscriptions/catappult.inapp.purchase.NOPE/expire",
                "subscriptions/" + T + "DEMOACTIVE0001/renew"
            })
    void anUnknownTokenIsNotFound(String action) {
        JsonNode error = adminError(post(ADMIN + action), 404, "not_found");
        assertThat(error.get("message").asString()).contains(T);
        assertThat(Http.json(post(ADMIN + action)).has("problems")).isFalse();
    }
}
