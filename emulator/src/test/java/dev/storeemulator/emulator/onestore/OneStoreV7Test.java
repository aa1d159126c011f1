package dev.storeemulator.emulator.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OneStoreV7Test extends OneStoreTestBase {
    static final String APP = "/v7/apps/" + PKG + "/purchases/";
    static final String DETAILS = APP + "inapp/products/coins_100/SANDBOX0000000000001";

    @Test
    void detailsAddPurchaseIdAcknowledgeStateAndQuantity() {
        JsonNode body = Http.json(get(DETAILS));
        assertThat(body.propertyNames())
                .containsExactly(
                        "consumptionState",
                        "developerPayload",
                        "purchaseState",
                        "purchaseTime",
                        "purchaseId",
                        "acknowledgeState",
                        "quantity");
        assertThat(body.get("purchaseId").asString()).isEqualTo("SANDBOX0000000000001");
        assertThat(body.get("acknowledgeState").asInt()).isZero();
        assertThat(body.get("quantity").asInt()).isEqualTo(1);
    }

    @Test
    void anotherProductIsNoSuchData() {
        assertError(get(APP + "inapp/products/coins_500/SANDBOX0000000000001"), 404, "NoSuchData");
    }

    @Test
    void acknowledgeFlipsAcknowledgeStateOnceAndStopsTheAutomaticRefund() {
        assertThat(post(APP + "all/products/coins_100/SANDBOX0000000000001/acknowledge")
                        .statusCode())
                .isEqualTo(200);
        assertThat(Http.json(get(DETAILS)).get("acknowledgeState").asInt()).isEqualTo(1);
        assertError(post(APP + "all/products/coins_100/SANDBOX0000000000001/acknowledge"), 409, "InvalidPurchaseState");
        clock.advance(java.time.Duration.ofDays(4));
        assertThat(Http.json(get(DETAILS)).get("purchaseState").asInt())
                .as("not refunded")
                .isZero();
    }

    @Test
    void consumeWorksOnceThroughV7Too() {
        HttpResponse<String> r = http.send(
                "POST",
                DETAILS + "/consume",
                "{\"developerPayload\":\"x\"}",
                "Authorization",
                "Bearer " + token(),
                "Content-Type",
                "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertError(post(DETAILS + "/consume"), 409, "InvalidPurchaseState");
        assertThat(Http.json(get("/v2/purchase/details/SANDBOX0000000000001/" + PKG))
                        .get("consumptionState")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void commercialAnswersAMissingPayloadAsNull() {
        String commercial = tokenResponse("X-Store-Emulator-Environment", "commercial")
                .get("access_token")
                .asString();
        HttpResponse<String> r = http.get(
                APP + "inapp/products/coins_100/PURCHASE000000000001",
                "Authorization",
                "Bearer " + commercial,
                "X-Store-Emulator-Environment",
                "commercial");
        assertThat(Http.json(r).get("developerPayload").isNull()).isTrue();
    }

    @Test
    void aWorldwideAppAnswers404WithoutTheGlobalMarketCode() {
        Fixtures world = Fixtures.parse("""
                onestore:
                  apps: [{packageName: com.acme.global, clientSecret: s, global: true}]
                  sandbox:
                    purchases: [{purchaseId: SANDBOX1, packageName: com.acme.global, productId: gems, purchaseToken: tok-1}]
                """);
        try (StoreEmulator global =
                StoreEmulator.builder().fixtures(world).build().start()) {
            Http h = new Http(global.baseUrl());
            String token = Http.json(h.postForm(
                            "/v7/oauth/token",
                            "grant_type=client_credentials&client_id=com.acme.global&client_secret=s"))
                    .get("access_token")
                    .asString();
            String path = "/v7/apps/com.acme.global/purchases/inapp/products/gems/tok-1";
            assertError(h.get(path, "Authorization", "Bearer " + token), 404, "NoSuchData");
            assertThat(h.get(path, "Authorization", "Bearer " + token, "x-market-code", "MKT_GLB")
                            .statusCode())
                    .isEqualTo(200);
        }
    }
}
