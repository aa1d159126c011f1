package dev.storeemulator.emulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ONE store's and Catappult's "not found" answers carry a near-miss hint in a header, their bodies untouched. */
class StoreHintsTest {
    static final String HINT = "X-Store-Emulator-Hint";
    static final String CATAPPULT = "/productv2/8.20191001/google/inapp/v3/applications/";
    static StoreEmulator emulator;
    static Http http;
    static String bearer;

    @BeforeAll
    static void start() {
        emulator = StoreEmulator.builder().build().start();
        http = new Http(emulator.baseUrl());
        bearer = "Bearer "
                + Http.json(
                                http.postForm(
                                        "/v2/oauth/token",
                                        "grant_type=client_credentials&client_id=com.example.game&client_secret=demo-client-secret"))
                        .get("access_token")
                        .asString();
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    @Test
    void oneStoreNamesTheClosestPurchaseId() {
        HttpResponse<String> r =
                http.get("/v2/purchase/details/SANDBOX000000000001/com.example.game", "Authorization", bearer);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue(HINT))
                .hasValue("no purchase token 'SANDBOX000000000001'; closest known: 'SANDBOX0000000000001'");
        assertThat(r.body()).doesNotContain("SANDBOX0000000000001");
    }

    @Test
    void oneStoreSaysWhenAPurchaseIsForAnotherProduct() {
        HttpResponse<String> r = http.get(
                "/v2/purchase/details-by-productid/SANDBOX0000000000001/com.example.game/gems",
                "Authorization",
                bearer);
        assertThat(r.headers().firstValue(HINT))
                .hasValue("'SANDBOX0000000000001' is for product 'coins_100', not 'gems'");
        HttpResponse<String> v7 = http.get(
                "/v7/apps/com.example.game/purchases/inapp/products/gems/SANDBOX0000000000001",
                "Authorization",
                bearer);
        assertThat(v7.headers().firstValue(HINT))
                .hasValue("'SANDBOX0000000000001' is for product 'coins_100', not 'gems'");
    }

    @Test
    void catappultNamesTheClosestTokenAndAnotherPackage() {
        HttpResponse<String> typo = http.get(CATAPPULT + "com.example.game/purchases/products/attempts/tokens/"
                + "catappult.inapp.purchase.DEMOACTIVE001");
        assertThat(typo.statusCode()).isEqualTo(404);
        assertThat(typo.headers().firstValue(HINT))
                .hasValueSatisfying(
                        h -> assertThat(h).endsWith("closest known: 'catappult.inapp.purchase.DEMOACTIVE0001'"));
        HttpResponse<String> other = http.get(CATAPPULT + "com.example.other/purchases/products/attempts/tokens/"
                + "catappult.inapp.purchase.DEMOACTIVE0001");
        assertThat(other.headers().firstValue(HINT))
                .hasValue(
                        "'catappult.inapp.purchase.DEMOACTIVE0001' belongs to package 'com.example.game', not 'com.example.other'");
    }

    @Test
    void aFarMissGetsNoHint() {
        HttpResponse<String> r = http.get("/v2/purchase/details/ZZZZ/com.example.game", "Authorization", bearer);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue(HINT)).isEmpty();
    }
}
