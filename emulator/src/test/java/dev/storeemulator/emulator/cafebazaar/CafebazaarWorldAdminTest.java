package dev.storeemulator.emulator.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Cafebazaar's world edited at run time through {@code /__admin/cafebazaar/…}, seen at once by the store API. */
class CafebazaarWorldAdminTest {
    static final Instant T = Instant.parse("2026-04-01T00:00:00Z");
    static final String Q = "?access_token=demo-access-token";
    static final String VALIDATE = "/devapi/v2/api/validate/com.example.game/inapp/";
    static final String SUBS = "/devapi/v2/api/applications/com.example.game/subscriptions/premium_monthly/purchases/";
    static final String ADMIN = "/__admin/cafebazaar/";
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

    static HttpResponse<String> put(String path, String json) {
        return http.send("PUT", path, json, "Content-Type", "application/json");
    }

    static JsonNode json(HttpResponse<String> r) {
        return Http.json(r);
    }

    @Nested
    class Purchases {
        @Test
        void listsThemInTheFixturesShapeWithAbsoluteTimes() {
            JsonNode list = json(http.get(ADMIN + "purchases")).get("purchases");
            assertThat(list).hasSize(3);
            JsonNode active = json(http.get(ADMIN + "purchases/demo-purchase-active"));
            assertThat(active.get("productId").asString()).isEqualTo("coins_100");
            assertThat(active.get("purchaseTime").asString()).isEqualTo("2014-10-24T20:09:38.566Z");
            assertThat(active.get("consumed").asBoolean()).isFalse();
        }

        @Test
        void aCreatedPurchaseIsValidAtOnce() {
            assertThat(http.get(VALIDATE + "gems/purchases/new-token/" + Q).statusCode())
                    .isEqualTo(404);
            HttpResponse<String> created = http.postJson(ADMIN + "purchases", """
                    {"token": "new-token", "packageName": "com.example.game", "productId": "gems",
                     "purchaseTime": "now-PT1H", "developerPayload": "p"}""");
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(json(created).get("purchaseTime").asString()).isEqualTo("2026-03-31T23:00:00Z");
            HttpResponse<String> seen = http.get(VALIDATE + "gems/purchases/new-token/" + Q);
            assertThat(seen.statusCode()).isEqualTo(200);
            assertThat(json(seen).get("developerPayload").asString()).isEqualTo("p");
        }

        @Test
        void anInvalidEntryIsRefusedWithTheFieldPathAndChangesNothing() {
            HttpResponse<String> r = http.postJson(ADMIN + "purchases", """
                    {"token": "x", "packageName": "com.unknown", "productId": "gems"}""");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(json(r).get("error").asString()).isEqualTo("invalid_fixtures");
            assertThat(json(r).get("problems").get(0).get("path").asString())
                    .isEqualTo("cafebazaar.purchases[3].packageName");
            HttpResponse<String> badTime = http.postJson(ADMIN + "purchases", """
                    {"token": "x", "packageName": "com.example.game", "productId": "gems", "purchaseTime": "yesterday"}""");
            assertThat(badTime.statusCode()).isEqualTo(400);
            assertThat(badTime.body()).contains("purchaseTime");
            assertThat(http.postJson(ADMIN + "purchases", "{\"token\": \"x\"}").body())
                    .contains("packageName");
            assertThat(json(http.get(ADMIN + "purchases")).get("purchases")).hasSize(3);
        }

        @Test
        void aDuplicateIsAConflictAndPutReplacesOrCreates() {
            String entry =
                    "{\"token\": \"demo-purchase-active\", \"packageName\": \"com.example.game\", \"productId\": \"gems\"}";
            assertThat(http.postJson(ADMIN + "purchases", entry).statusCode()).isEqualTo(409);
            HttpResponse<String> replaced = put(
                    ADMIN + "purchases/demo-purchase-active",
                    "{\"packageName\": \"com.example.game\", \"productId\": \"gems\", \"consumed\": true}");
            assertThat(replaced.statusCode()).isEqualTo(200);
            assertThat(json(http.get(VALIDATE + "gems/purchases/demo-purchase-active/" + Q))
                            .get("consumptionState")
                            .asInt())
                    .isZero();
            assertThat(put(
                                    ADMIN + "purchases/brand-new",
                                    "{\"packageName\": \"com.example.game\", \"productId\": \"gems\"}")
                            .statusCode())
                    .isEqualTo(201);
            assertThat(put(
                                    ADMIN + "purchases/brand-new",
                                    "{\"token\": \"other\", \"packageName\": \"com.example.game\", "
                                            + "\"productId\": \"gems\"}")
                            .statusCode())
                    .isEqualTo(400);
        }

        @Test
        void aDeletedPurchaseIsGoneFromTheStore() {
            assertThat(http.send("DELETE", ADMIN + "purchases/demo-purchase-active", null)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(http.get(VALIDATE + "coins_100/purchases/demo-purchase-active/" + Q)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(http.send("DELETE", ADMIN + "purchases/demo-purchase-active", null)
                            .statusCode())
                    .isEqualTo(404);
        }

        @Test
        void refundAndConsumeAreSeenByTheStoreAndRefusedTwice() {
            HttpResponse<String> refunded = http.postJson(ADMIN + "purchases/demo-purchase-active/refund", "");
            assertThat(json(refunded).get("refunded").asBoolean()).isTrue();
            String consume = "/devapi/v2/api/consume/com.example.game/purchases/" + Q;
            assertThat(http.postJson(consume, "{\"token\":\"demo-purchase-active\"}")
                            .statusCode())
                    .isEqualTo(400);
            assertThat(http.postJson(ADMIN + "purchases/demo-purchase-active/refund", "")
                            .statusCode())
                    .isEqualTo(409);
            assertThat(http.postJson(ADMIN + "purchases/demo-purchase-consumed/consume", "")
                            .statusCode())
                    .isEqualTo(409);
            assertThat(http.postJson(ADMIN + "purchases/nope/consume", "").statusCode())
                    .isEqualTo(404);
        }
    }

    @Nested
    class AccountsAndSettings {
        @Test
        void aNewClientCanRunTheOAuthFlowAndARemovedOnesTokensStopWorking() {
            HttpResponse<String> r = put(ADMIN + "accounts/third", """
                    {"packages": ["com.example.third"], "clients": [{"clientId": "c3", "clientSecret": "s3",
                     "redirectUri": "http://localhost/cb"}]}""");
            assertThat(r.statusCode()).isEqualTo(201);
            assertThat(http.postJson("/__admin/cafebazaar/tokens", "{\"clientId\": \"c3\", \"accessToken\": \"t3\"}")
                            .statusCode())
                    .isEqualTo(201);
            String otherGame = "/devapi/v2/api/validate/com.example.third/inapp/x/purchases/y/?access_token=t3";
            assertThat(json(http.get(otherGame)).get("error").asString()).isEqualTo("not_found");
            assertThat(http.send("DELETE", ADMIN + "accounts/third", null).statusCode())
                    .isEqualTo(200);
            assertThat(http.get(otherGame).statusCode()).isEqualTo(401);
        }

        @Test
        void anAccountWhosePackagesHavePurchasesCannotBeRemoved() {
            HttpResponse<String> r = http.send("DELETE", ADMIN + "accounts/demo-developer", null);
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(json(r).get("problems").size()).isPositive();
            assertThat(http.get(VALIDATE + "coins_100/purchases/demo-purchase-active/" + Q)
                            .statusCode())
                    .isEqualTo(200);
        }

        @Test
        void settingsChangeBehaviourAndIssuedTokensSurviveTheEdit() {
            assertThat(json(http.get(ADMIN + "settings")).get("appendSlash").asBoolean())
                    .isTrue();
            assertThat(put(ADMIN + "settings", "{\"appendSlash\": false, \"accessTokenTtl\": \"PT2H\"}")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(http.get(VALIDATE + "coins_100/purchases/demo-purchase-active" + Q)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(http.get(VALIDATE + "coins_100/purchases/demo-purchase-active/" + Q)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(put(ADMIN + "settings", "{\"accessTokenTtl\": \"soon\"}").statusCode())
                    .isEqualTo(400);
        }
    }

    @Nested
    class Subscriptions {
        static JsonNode status(String token) {
            return json(http.get(SUBS + token + "/" + Q));
        }

        @Test
        void aMonthlySubscriptionRenewsAsTimePassesWithANewTokenLinkedToTheSeries() {
            long before =
                    status("demo-sub-active").get("validUntilTimestampMsec").asLong();
            clock.advance(Duration.ofDays(21));
            JsonNode after = status("demo-sub-active");
            assertThat(after.get("validUntilTimestampMsec").asLong()).isGreaterThan(clock.millis());
            assertThat(after.get("validUntilTimestampMsec").asLong()).isGreaterThan(before);
            JsonNode series = json(http.get(ADMIN + "subscriptions/demo-sub-active"));
            String newest = series.get("renewalTokens")
                    .get(series.get("renewalTokens").size() - 1)
                    .asString();
            assertThat(newest).startsWith("demo-sub-active-");
            assertThat(status(newest).get("linkedSubscriptionToken").asString()).isEqualTo("demo-sub-active");
        }

        @Test
        void aCancelledSubscriptionLapsesAtTheEndOfItsPeriod() {
            clock.advance(Duration.ofDays(26));
            JsonNode lapsed = status("demo-sub-cancelled");
            assertThat(lapsed.get("validUntilTimestampMsec").asLong()).isLessThan(clock.millis());
            assertThat(lapsed.get("autoRenewing").asBoolean()).isFalse();
        }

        @Test
        void aCompressedPeriodRenewsManyTimesInOneAdvance() {
            assertThat(http.postJson(ADMIN + "subscriptions", """
                    {"token": "fast", "packageName": "com.example.game", "subscriptionId": "premium_monthly",
                     "validUntil": "now+PT5M", "period": "PT5M"}""").statusCode()).isEqualTo(201);
            clock.advance(Duration.ofHours(1));
            assertThat(status("fast").get("validUntilTimestampMsec").asLong())
                    .isEqualTo(T.plus(Duration.ofMinutes(65)).toEpochMilli());
            assertThat(json(http.get(ADMIN + "subscriptions/fast")).get("renewalTokens"))
                    .hasSize(12);
        }

        @Test
        void cancelRenewAndExpireActLikeTheStore() {
            JsonNode cancelled = json(http.postJson(ADMIN + "subscriptions/demo-sub-active/cancel", ""));
            assertThat(cancelled.get("autoRenewing").asBoolean()).isFalse();
            assertThat(http.postJson(ADMIN + "subscriptions/demo-sub-active/cancel", "")
                            .statusCode())
                    .isEqualTo(409);
            JsonNode renewed = json(http.postJson(ADMIN + "subscriptions/demo-sub-expired/renew", ""));
            assertThat(Instant.parse(renewed.get("validUntil").asString()))
                    .isEqualTo(T.atZone(java.time.ZoneOffset.UTC).plusMonths(1).toInstant());
            assertThat(status("demo-sub-expired").get("validUntilTimestampMsec").asLong())
                    .isGreaterThan(clock.millis());
            http.postJson(ADMIN + "subscriptions/demo-sub-active/expire", "");
            assertThat(status("demo-sub-active").get("validUntilTimestampMsec").asLong())
                    .isEqualTo(clock.millis());
            assertThat(http.postJson(ADMIN + "subscriptions/nope/renew", "").statusCode())
                    .isEqualTo(404);
        }
    }

    @Nested
    class NearMisses {
        @Test
        void aMistypedTokenGetsTheClosestKnownOneInAHeaderNeverTheBody() {
            HttpResponse<String> r = http.get(VALIDATE + "coins_100/purchases/demo-purchase-activ/" + Q);
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("X-Store-Emulator-Hint"))
                    .hasValueSatisfying(h -> assertThat(h).contains("closest known: 'demo-purchase-active'"));
            assertThat(r.body()).doesNotContain("demo-purchase-active");
        }

        @Test
        void aTokenOfAnotherProductIsNamedAsSuch() {
            HttpResponse<String> r = http.get(VALIDATE + "gems/purchases/demo-purchase-active/" + Q);
            assertThat(r.headers().firstValue("X-Store-Emulator-Hint"))
                    .hasValue("'demo-purchase-active' is for product 'coins_100', not 'gems'");
            JsonNode entry = json(http.get("/__admin/requests?store=cafebazaar&limit=1"))
                    .get("requests")
                    .get(0);
            assertThat(entry.get("hint").asString()).contains("coins_100");
        }
    }
}
