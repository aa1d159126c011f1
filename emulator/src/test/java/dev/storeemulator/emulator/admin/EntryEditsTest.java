package dev.storeemulator.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Admin creates, replaces and deletes of one purchase or subscription, which each store makes in place
 * ({@link EntryEditor}): the entry is checked as a fixtures file would check it, keys stay unique across the store's
 * lists, problems name the entry where it stands in the exported list, and a refused change changes nothing.
 */
class EntryEditsTest {
    static final String CAT = "catappult.inapp.purchase.";
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

    static HttpResponse<String> post(String path, String json) {
        return http.postJson("/__admin/" + path, json);
    }

    static HttpResponse<String> put(String path, String json) {
        return http.send("PUT", "/__admin/" + path, json, "Content-Type", "application/json");
    }

    static HttpResponse<String> delete(String path) {
        return http.send("DELETE", "/__admin/" + path, null);
    }

    static int count(String path, String list) {
        return Http.json(http.get("/__admin/" + path)).get(list).size();
    }

    /** The one problem of a 400 invalid_fixtures answer. */
    static JsonNode problem(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode body = Http.json(r);
        assertThat(body.get("error").asString()).isEqualTo("invalid_fixtures");
        assertThat(body.get("problems")).hasSize(1);
        return body.get("problems").get(0);
    }

    @Nested
    class Cafebazaar {
        static final String PURCHASE =
                "{\"token\": \"%s\", \"packageName\": \"com.example.game\", \"productId\": \"gems\"}";

        @Test
        void aPurchaseCannotTakeATokenASubscriptionBillsUnder() {
            JsonNode p = problem(post("cafebazaar/purchases", PURCHASE.formatted("demo-sub-active-renewal-1")));
            assertThat(p.get("path").asString()).isEqualTo("cafebazaar.purchases[3].token");
            assertThat(p.get("reason").asString()).contains("duplicate purchase token 'demo-sub-active-renewal-1'");
            assertThat(count("cafebazaar/purchases", "purchases")).isEqualTo(3);
        }

        @Test
        void aSeriesCannotTakeAPurchasesTokenAmongItsRenewals() {
            JsonNode p = problem(post("cafebazaar/subscriptions", """
                    {"token": "new-series", "packageName": "com.example.game", "subscriptionId": "premium_monthly",
                     "validUntil": "now+P30D", "renewalTokens": ["fresh", "demo-purchase-active"]}"""));
            assertThat(p.get("path").asString()).isEqualTo("cafebazaar.subscriptions[3].renewalTokens[1]");
            assertThat(http.get("/__admin/cafebazaar/subscriptions/fresh").statusCode())
                    .isEqualTo(404);
        }

        @Test
        void deletingASeriesByARenewalTokenFreesEveryOneOfItsTokens() {
            assertThat(delete("cafebazaar/subscriptions/demo-sub-active-renewal-1")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(http.get("/__admin/cafebazaar/subscriptions/demo-sub-active")
                            .statusCode())
                    .isEqualTo(404);
            assertThat(post("cafebazaar/purchases", PURCHASE.formatted("demo-sub-active-renewal-1"))
                            .statusCode())
                    .isEqualTo(201);
            assertThat(post("cafebazaar/purchases", PURCHASE.formatted("demo-sub-active"))
                            .statusCode())
                    .isEqualTo(201);
            HttpResponse<String> seen = http.get("/devapi/v2/api/validate/com.example.game/inapp/gems/purchases/"
                    + "demo-sub-active-renewal-1/?access_token=demo-access-token");
            assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        }

        @Test
        void anInvalidReplacementNamesTheEntryWhereItStandsAndKeepsIt() {
            JsonNode p = problem(put(
                    "cafebazaar/purchases/demo-purchase-refunded",
                    "{\"packageName\": \"com.nope\", \"productId\": \"gems\"}"));
            assertThat(p.get("path").asString()).isEqualTo("cafebazaar.purchases[2].packageName");
            JsonNode kept = Http.json(http.get("/__admin/cafebazaar/purchases/demo-purchase-refunded"));
            assertThat(kept.get("packageName").asString()).isEqualTo("com.example.game");
            assertThat(kept.get("refunded").asBoolean()).isTrue();
        }

        @Test
        void aSeriesReplacedUnderItsOwnTokensKeepsThemAndTheStoreSeesTheNewTerms() {
            HttpResponse<String> r = put("cafebazaar/subscriptions/demo-sub-active", """
                    {"packageName": "com.example.game", "subscriptionId": "premium_monthly",
                     "validUntil": "now+P3D", "autoRenewing": false, "renewalTokens": ["demo-sub-active-renewal-1"]}""");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            HttpResponse<String> seen = http.get("/devapi/v2/api/applications/com.example.game/subscriptions/"
                    + "premium_monthly/purchases/demo-sub-active-renewal-1/?access_token=demo-access-token");
            assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
            assertThat(Http.json(seen).get("autoRenewing").asBoolean()).isFalse();
        }
    }

    @Nested
    class OneStore {
        static final String SANDBOX = "onestore/sandbox/";

        @Test
        void aSeriesCannotTakeAPurchasesPurchaseId() {
            JsonNode p = problem(post(SANDBOX + "recurring", """
                    {"purchaseId": "SANDBOX0000000000001", "packageName": "com.example.game",
                     "productId": "premium_monthly", "expiryTime": "now+P30D"}"""));
            assertThat(p.get("path").asString()).isEqualTo("onestore.sandbox.recurring[2].purchaseId");
            assertThat(count(SANDBOX + "recurring", "recurring")).isEqualTo(2);
        }

        @Test
        void aPurchaseCannotTakeAnothersPurchaseToken() {
            String taken = Http.json(http.get("/__admin/" + SANDBOX + "purchases/SANDBOX0000000000002"))
                    .get("purchaseToken")
                    .asString();
            JsonNode p = problem(post(SANDBOX + "purchases", """
                    {"purchaseId": "SANDBOX0000000000099", "packageName": "com.example.game", "productId": "coins_100",
                     "purchaseToken": "%s"}""".formatted(taken)));
            assertThat(p.get("path").asString()).isEqualTo("onestore.sandbox.purchases[5].purchaseToken");
        }

        @Test
        void aPurchaseReplacedWithAnotherTokenAnswersToTheNewTokenOnly() {
            String bearer = "Bearer "
                    + Http.json(http.postForm(
                                    "/v2/oauth/token",
                                    "grant_type=client_credentials&client_id=com.example.game"
                                            + "&client_secret=demo-client-secret"))
                            .get("access_token")
                            .asString();
            String v7 = "/v7/apps/com.example.game/purchases/inapp/products/coins_100/";
            String old = Http.json(http.get("/__admin/" + SANDBOX + "purchases/SANDBOX0000000000001"))
                    .get("purchaseToken")
                    .asString();
            assertThat(http.get(v7 + old, "Authorization", bearer).statusCode()).isEqualTo(200);
            HttpResponse<String> r = put(SANDBOX + "purchases/SANDBOX0000000000001", """
                    {"packageName": "com.example.game", "productId": "coins_100", "purchaseToken": "NEWTOKEN000001"}""");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(http.get(v7 + "NEWTOKEN000001", "Authorization", bearer).statusCode())
                    .isEqualTo(200);
            assertThat(http.get(v7 + old, "Authorization", bearer).statusCode()).isEqualTo(404);
        }

        @Test
        void aDeletedPurchasesIdIsFreeAndTheOtherEnvironmentNeverShared() {
            String series = """
                    {"purchaseId": "SANDBOX0000000000001", "packageName": "com.example.game",
                     "productId": "premium_monthly", "expiryTime": "now+P30D"}""";
            assertThat(post("onestore/commercial/recurring", series).statusCode())
                    .isEqualTo(201);
            assertThat(delete(SANDBOX + "purchases/SANDBOX0000000000001").statusCode())
                    .isEqualTo(200);
            assertThat(post(SANDBOX + "recurring", series).statusCode()).isEqualTo(201);
            assertThat(count(SANDBOX + "purchases", "purchases")).isEqualTo(4);
            assertThat(count(SANDBOX + "recurring", "recurring")).isEqualTo(3);
        }
    }

    @Nested
    class Catappult {
        @Test
        void deletingASubscriptionFreesItsTokenForAPurchase() {
            String purchase = "{\"token\": \"" + CAT
                    + "DEMOSUBACTIVE1\", \"packageName\": \"com.example.game\", \"productId\": \"gems\"}";
            JsonNode p = problem(post("catappult/purchases", purchase));
            assertThat(p.get("path").asString()).isEqualTo("catappult.purchases[3].token");
            assertThat(delete("catappult/subscriptions/" + CAT + "DEMOSUBACTIVE1")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(post("catappult/purchases", purchase).statusCode()).isEqualTo(201);
            HttpResponse<String> seen = http.get("/__admin/catappult/purchases/" + CAT + "DEMOSUBACTIVE1");
            assertThat(Http.json(seen).get("productId").asString()).isEqualTo("gems");
        }
    }
}
