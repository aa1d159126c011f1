package dev.storeemulator.emulator.catappult;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.EmulatorTestSupport;
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class CatappultTest extends EmulatorTestSupport.ResetBeforeEach {
    static final String T = "catappult.inapp.purchase.";
    static final String APP = "/8.20191001/google/inapp/v3/applications/com.example.game/purchases/";

    static void assertNotFound(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
        JsonNode body = Http.json(r);
        assertThat(body.propertyNames()).containsExactly("code", "path", "text", "data");
        assertThat(body.get("code").asString()).isEqualTo("NotFound");
        assertThat(body.get("data").isNull()).isTrue();
    }

    @Nested
    class InApp {
        @Test
        void theLegacyFamilyWrapsTheSeedBodyInResource() {
            JsonNode r = Http.json(http.get("/product" + APP + "products/attempts/tokens/" + T + "DEMOACTIVE0001"));
            JsonNode p = r.get("resource");
            assertThat(p.propertyNames())
                    .containsExactly(
                            "kind",
                            "purchaseTimeMillis",
                            "purchaseState",
                            "consumptionState",
                            "developerPayload",
                            "orderId",
                            "acknowledgementState",
                            "purchaseToken",
                            "productId",
                            "regionCode");
            assertThat(p.get("kind").asString()).isEqualTo("androidpublisher#productPurchase");
            assertThat(p.get("purchaseTimeMillis").isNumber()).isTrue();
            assertThat(p.get("consumptionState").asInt()).isZero();
            assertThat(p.get("orderId").asString()).isEqualTo("Z3LGN5Q7HWR4EYNM");
        }

        @Test
        void productV2IsFlatWithAStringTimeAndACurrency() {
            JsonNode p = Http.json(http.get("/productv2" + APP + "products/attempts/tokens/" + T + "DEMOACTIVE0001"));
            assertThat(p.get("kind").asString()).isEqualTo("androidpublisher#inappPurchase");
            assertThat(p.get("purchaseTimeMillis").isString()).isTrue();
            assertThat(p.get("purchaseTimeMillis").asString())
                    .isEqualTo(Long.toString(START.minus(Duration.ofHours(2)).toEpochMilli()));
            assertThat(p.get("currency").asString()).isEqualTo("EUR");
        }

        @Test
        void consumptionStateOneMeansConsumedAndPurchaseStateOneMeansCanceled() {
            assertThat(Http.json(http.get("/productv2" + APP + "products/attempts/tokens/" + T + "DEMOCONSUMED01"))
                            .get("consumptionState")
                            .asInt())
                    .isEqualTo(1);
            assertThat(Http.json(http.get("/productv2" + APP + "products/attempts/tokens/" + T + "DEMOCANCELED01"))
                            .get("purchaseState")
                            .asInt())
                    .isEqualTo(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"8.20240810", "8.20250505"})
        void anyVersionOfTheFormEightDotDateAndBothPathOrdersWork(String version) {
            String path = "/productv2/" + version + "/inapp/google/v3/applications/com.example.game/purchases/products/"
                    + "attempts/tokens/" + T + "DEMOACTIVE0001";
            assertThat(http.get(path).statusCode()).isEqualTo(200);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "/productv2/8.20191001/google/inapp/v3/applications/com.example.game/purchases/products/attempts/tokens/catappult.inapp.purchase.NOPE",
                    "/productv2/8.20191001/google/inapp/v3/applications/com.example.game/purchases/products/other_sku/tokens/catappult.inapp.purchase.DEMOACTIVE0001",
                    "/productv2/8.20191001/google/inapp/v3/applications/com.other.app/purchases/products/attempts/tokens/catappult.inapp.purchase.DEMOACTIVE0001",
                    "/productv2/8.20191001/google/inapp/v3/applications/com.example.game/purchases/products/attempts/tokens/DEMOACTIVE0001",
                    "/productv2/9.20191001/google/inapp/v3/applications/com.example.game/purchases/products/attempts/tokens/catappult.inapp.purchase.DEMOACTIVE0001",
                    "/productv2/8.20191001/google/inapp/v3/applications/com.example.game/purchases/subscriptions/attempts/tokens/catappult.inapp.purchase.DEMOACTIVE0001",
                    "/product/8.20191001/unknown"
                })
        void onlyAnExactMatchIs200EverythingElseIsTheDocumentedNotFound(String path) {
            assertNotFound(http.get(path));
        }
    }

    @Nested
    class Subscriptions {
        @Test
        void haveTheDocumentedFieldsFlatOnV2AndInResourceOnTheLegacyFamily() {
            JsonNode v2 = Http.json(
                    http.get("/productv2" + APP + "subscriptions/premium_monthly/tokens/" + T + "DEMOSUBACTIVE1"));
            assertThat(v2.propertyNames())
                    .containsExactly(
                            "kind",
                            "startTimeMillis",
                            "expiryTimeMillis",
                            "autoRenewing",
                            "priceCurrencyCode",
                            "priceAmountMicros",
                            "countryCode",
                            "developerPayload",
                            "paymentState",
                            "orderId",
                            "acknowledgementState");
            assertThat(v2.get("expiryTimeMillis").asString())
                    .isEqualTo(Long.toString(START.plus(Duration.ofDays(20)).toEpochMilli()));
            JsonNode legacy = Http.json(
                    http.get("/product" + APP + "subscriptions/premium_monthly/tokens/" + T + "DEMOSUBACTIVE1"));
            assertThat(legacy.get("resource")).isEqualTo(v2);
        }

        @Test
        void anExpiredSubscriptionStillAnswers200() {
            HttpResponse<String> r =
                    http.get("/productv2" + APP + "subscriptions/premium_monthly/tokens/" + T + "DEMOSUBEXPIRE1");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Long.parseLong(Http.json(r).get("expiryTimeMillis").asString()))
                    .isLessThan(clock.millis());
        }

        @Test
        void acknowledgeNeedsTheAppsApiKeyAnswers204AndFlipsAcknowledgementState() {
            String ack =
                    "/productv2" + APP + "subscriptions/premium_monthly/tokens/" + T + "DEMOSUBACTIVE1/acknowledge";
            HttpResponse<String> refused = http.send("POST", ack, "");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(Http.json(refused).get("code").asString()).isEqualTo("Authorization.Unauthorized");
            assertThat(http.send("POST", ack, "", "Api-Key", "wrong").statusCode())
                    .isEqualTo(401);
            HttpResponse<String> ok = http.send("POST", ack, "", "Api-Key", "demo-api-key");
            assertThat(ok.statusCode()).isEqualTo(204);
            assertThat(ok.body()).isEmpty();
            assertThat(Http.json(http.get("/productv2" + APP + "subscriptions/premium_monthly/tokens/" + T
                                    + "DEMOSUBACTIVE1"))
                            .get("acknowledgementState")
                            .asInt())
                    .isEqualTo(1);
        }
    }

    @Nested
    class Voided {
        @Test
        void listsCanceledPurchasesSinceStartTime() {
            JsonNode items = Http.json(http.get("/productv2" + APP + "voidedpurchases?startTime="
                            + START.minus(Duration.ofDays(5)).toEpochMilli()))
                    .get("items");
            assertThat(items).hasSize(1);
            assertThat(items.get(0).get("purchaseToken").asString()).isEqualTo(T + "DEMOCANCELED01");
            assertThat(items.get(0).get("kind").asString()).isEqualTo("androidpublisher#voidedPurchase");
            assertThat(items.get(0).get("voidedReason").asInt()).isZero();
            assertThat(Http.json(http.get("/productv2" + APP + "voidedpurchases?startTime=" + START.toEpochMilli()))
                            .get("items"))
                    .isEmpty();
        }

        @Test
        void aRefundScheduledInFixturesFiresWhenTheClockGetsThere() {
            StoreEmulator later = StoreEmulator.builder()
                    .clock(clock)
                    .fixtures(dev.storeemulator.emulator.fixtures.Fixtures.parse("""
                    catappult:
                      apps: [{packageName: com.acme.app, apiKey: k}]
                      purchases:
                        - {token: catappult.inapp.purchase.R1, packageName: com.acme.app, productId: gems, voidedTime: now+P1D}
                    """))
                    .build()
                    .start();
            try {
                Http h = new Http(later.baseUrl());
                String path =
                        "/productv2/8.20191001/google/inapp/v3/applications/com.acme.app/purchases/products/gems/tokens/"
                                + "catappult.inapp.purchase.R1";
                assertThat(Http.json(h.get(path)).get("purchaseState").asInt()).isZero();
                clock.advance(Duration.ofDays(1));
                assertThat(Http.json(h.get(path)).get("purchaseState").asInt()).isEqualTo(1);
            } finally {
                later.stop();
            }
        }

        @Test
        void aMalformedStartTimeIsRequestInvalid() {
            HttpResponse<String> r = http.get("/productv2" + APP + "voidedpurchases?startTime=yesterday");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(Http.json(r).get("code").asString()).isEqualTo("Request.Invalid");
        }
    }
}
