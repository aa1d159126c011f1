package dev.storeemulator.emulator.catappult;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The Catappult world edited at run time: list, get, create, replace, delete and settings. */
class CatappultAdminTest extends CatappultAdminTestBase {
    static final String NEW_PURCHASE = "{\"token\":\"" + T + "NEW1\",\"packageName\":\"com.example.game\","
            + "\"productId\":\"gems\",\"purchaseTime\":\"now-PT1H\"}";

    @Nested
    class ListAndGet {
        @Test
        void purchasesAreListedAsFixturesEntriesWithAbsoluteTimesAndEveryDefault() {
            JsonNode list = ok(http.get(ADMIN + "purchases")).get("purchases");
            assertThat(list).hasSize(3);
            assertThat(list.get(0).toString())
                    .isEqualTo("{\"token\":\"" + T + "DEMOACTIVE0001\","
                            + "\"packageName\":\"com.example.game\",\"productId\":\"attempts\","
                            + "\"purchaseTime\":\"2026-03-01T08:00:00Z\",\"developerPayload\":\"demo-payload\","
                            + "\"orderId\":\"Z3LGN5Q7HWR4EYNM\",\"consumed\":false,\"acknowledged\":true,\"regionCode\":\"PT\","
                            + "\"currency\":\"EUR\",\"voidedReason\":0}");
            assertThat(list.get(1).get("voidedTime").asString()).isEqualTo("2026-02-27T10:00:00Z");
        }

        @Test
        void aSubscriptionIsReadByTokenWithItsPeriod() {
            JsonNode s = ok(http.get(ADMIN + "subscriptions/" + T + "DEMOSUBACTIVE1"));
            assertThat(s.get("startTime").asString()).isEqualTo("2026-02-19T10:00:00Z");
            assertThat(s.get("expiryTime").asString()).isEqualTo("2026-03-21T10:00:00Z");
            assertThat(s.get("autoRenewing").asBoolean()).isTrue();
            assertThat(s.get("period").asString()).isEqualTo("P1M");
            assertThat(s.get("priceAmountMicros").asLong()).isEqualTo(990_000L);
        }

        @Test
        void appsAreListedWithTheirApiKeys() {
            assertThat(ok(http.get(ADMIN + "apps")).get("apps").toString())
                    .isEqualTo("[{\"packageName\":\"com.example.game\",\"apiKey\":\"demo-api-key\"}]");
        }

        @Test
        void anUnknownTokenIsNotFound() {
            JsonNode body = adminError(http.get(ADMIN + "purchases/" + T + "NOPE"), 404, "not_found");
            assertThat(body.get("message").asString()).contains(T + "NOPE");
        }
    }

    @Nested
    class Create {
        @Test
        void aNewPurchaseIsImmediatelyValidAtTheStore() {
            assertThat(storePurchase("gems", T + "NEW1").statusCode()).isEqualTo(404);
            HttpResponse<String> created = http.postJson(ADMIN + "purchases", NEW_PURCHASE);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(Http.json(created).get("purchaseTime").asString()).isEqualTo("2026-03-01T09:00:00Z");
            JsonNode p = ok(storePurchase("gems", T + "NEW1"));
            assertThat(p.get("purchaseTimeMillis").asString())
                    .isEqualTo(Long.toString(START.minus(Duration.ofHours(1)).toEpochMilli()));
            assertThat(p.get("purchaseState").asInt()).isZero();
        }

        @Test
        void aNewAppAndItsSubscriptionAreServedAtOnce() {
            assertThat(http.postJson(ADMIN + "apps", "{\"packageName\":\"com.acme.app\",\"apiKey\":\"k\"}")
                            .statusCode())
                    .isEqualTo(201);
            assertThat(http.postJson(
                                    ADMIN + "subscriptions",
                                    "{\"token\":\"" + T + "ACME1\",\"packageName\":"
                                            + "\"com.acme.app\",\"productId\":\"vip\",\"expiryTime\":\"now+P3D\",\"period\":\"PT5M\"}")
                            .statusCode())
                    .isEqualTo(201);
            JsonNode s = ok(http.get(
                    STORE.replace("com.example.game", "com.acme.app") + "subscriptions/vip/tokens/" + T + "ACME1"));
            assertThat(s.get("expiryTimeMillis").asString())
                    .isEqualTo(Long.toString(START.plus(Duration.ofDays(3)).toEpochMilli()));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "unknown package  | {\"token\":\"catappult.inapp.purchase.X1\",\"packageName\":\"com.nope\",\"productId\":\"gems\"} | catappult.purchases[3].packageName | com.nope",
                    "no token prefix  | {\"token\":\"X1\",\"packageName\":\"com.example.game\",\"productId\":\"gems\"} | catappult.purchases[3].token | catappult.inapp.purchase.",
                    "bad time         | {\"token\":\"catappult.inapp.purchase.X1\",\"packageName\":\"com.example.game\",\"productId\":\"gems\",\"purchaseTime\":\"yesterday\"} | catappult.purchases[3].purchaseTime | yesterday",
                    "missing field    | {\"token\":\"catappult.inapp.purchase.X1\",\"packageName\":\"com.example.game\"} | catappult.purchases[3] | productId"
                })
        void anInvalidEntryIsRefusedNamingTheField(String name, String body, String path, String reasonMentions) {
            JsonNode error = adminError(http.postJson(ADMIN + "purchases", body), 400, "invalid_fixtures");
            assertThat(error.get("problems")).anySatisfy(p -> {
                assertThat(p.get("path").asString()).isEqualTo(path);
                assertThat(p.get("reason").asString()).contains(reasonMentions);
            });
            assertThat(ok(http.get(ADMIN + "purchases")).get("purchases")).hasSize(3);
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"P0M", "monthly", "PT0S"})
        void aSubscriptionPeriodThatIsNoBillingPeriodIsRefusedNamingIt(String period) {
            JsonNode error = adminError(
                    http.postJson(
                            ADMIN + "subscriptions",
                            "{\"token\":\"" + T + "S9\","
                                    + "\"packageName\":\"com.example.game\",\"productId\":\"vip\",\"period\":\""
                                    + period + "\"}"),
                    400,
                    "invalid_fixtures");
            assertThat(problemPaths(error)).containsExactly("catappult.subscriptions[2].period");
        }

        @Test
        void aDuplicateTokenIsAConflict() {
            String body = NEW_PURCHASE.replace("NEW1", "DEMOACTIVE0001");
            adminError(http.postJson(ADMIN + "purchases", body), 409, "conflict");
        }

        @Test
        void aTokenUsedByASubscriptionCannotBeReusedForAPurchase() {
            JsonNode error = adminError(
                    http.postJson(ADMIN + "purchases", NEW_PURCHASE.replace("NEW1", "DEMOSUBACTIVE1")),
                    400,
                    "invalid_fixtures");
            assertThat(problemPaths(error)).containsExactly("catappult.purchases[3].token");
        }
    }

    @Nested
    class Replace {
        @Test
        void putReplacesAnEntryAndTheStoreSeesItAtOnce() {
            HttpResponse<String> r = put(
                    ADMIN + "purchases/" + T + "DEMOACTIVE0001",
                    "{\"packageName\":"
                            + "\"com.example.game\",\"productId\":\"attempts\",\"consumed\":true,\"regionCode\":\"BR\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode p = ok(storePurchase("attempts", T + "DEMOACTIVE0001"));
            assertThat(p.get("consumptionState").asInt()).isEqualTo(1);
            assertThat(p.get("regionCode").asString()).isEqualTo("BR");
        }

        @Test
        void putCreatesAMissingEntry() {
            HttpResponse<String> r = put(ADMIN + "purchases/" + T + "NEW1", NEW_PURCHASE);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            assertThat(storePurchase("gems", T + "NEW1").statusCode()).isEqualTo(200);
        }

        @Test
        void aDifferentIdInTheBodyIsRefused() {
            JsonNode error =
                    adminError(put(ADMIN + "purchases/" + T + "DEMOACTIVE0001", NEW_PURCHASE), 400, "invalid_request");
            assertThat(error.get("message").asString()).contains("DELETE and POST");
        }
    }

    @Nested
    class Delete {
        @Test
        void aDeletedSubscriptionIsNotFoundAtTheStore() {
            HttpResponse<String> r = http.send("DELETE", ADMIN + "subscriptions/" + T + "DEMOSUBACTIVE1", null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            HttpResponse<String> store = storeSubscription("premium_monthly", T + "DEMOSUBACTIVE1");
            assertThat(store.statusCode()).isEqualTo(404);
            assertThat(Http.json(store).get("code").asString()).isEqualTo("NotFound");
        }

        @Test
        void anAppThatEntriesStillReferenceCannotBeDeleted() {
            JsonNode error = adminError(http.send("DELETE", ADMIN + "apps/com.example.game", null), 409, "conflict");
            assertThat(problemPaths(error))
                    .contains("catappult.purchases[0].packageName", "catappult.subscriptions[0].packageName");
            assertThat(storePurchase("attempts", T + "DEMOACTIVE0001").statusCode())
                    .isEqualTo(200);
        }

        @Test
        void anUnknownEntryIsNotFound() {
            adminError(http.send("DELETE", ADMIN + "purchases/" + T + "NOPE", null), 404, "not_found");
        }
    }

    @Nested
    class Settings {
        @Test
        void anErrorOverrideTakesEffectAtOnceAndReadsBack() {
            String settings = "{\"errors\":{\"notFound\":{\"status\":410,\"code\":\"Gone\"}}}";
            HttpResponse<String> r = put(ADMIN + "settings", settings);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(ok(http.get(ADMIN + "settings")).toString()).isEqualTo(settings);
            HttpResponse<String> store = storePurchase("attempts", T + "NOPE");
            assertThat(store.statusCode()).isEqualTo(410);
            assertThat(Http.json(store).get("code").asString()).isEqualTo("Gone");
        }

        @Test
        void anUnknownErrorKeyIsRefusedNamingIt() {
            JsonNode error = adminError(
                    put(ADMIN + "settings", "{\"errors\":{\"missing\":{\"status\":400}}}"), 400, "invalid_fixtures");
            assertThat(problemPaths(error)).contains("catappult.settings.errors.missing");
        }
    }
}
