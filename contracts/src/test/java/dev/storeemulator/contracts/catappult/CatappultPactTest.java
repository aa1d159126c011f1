package dev.storeemulator.contracts.catappult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.storeemulator.client.catappult.CatappultClient;
import dev.storeemulator.client.catappult.CatappultException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Catappult's validation API as the reference client calls it: both families, acknowledge, voided, not found. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = CatappultPactTest.PROVIDER, pactVersion = PactSpecVersion.V4)
class CatappultPactTest {
    static final String PROVIDER = "catappult-validation-api";
    static final String CONSUMER = "catappult-reference-client";
    static final String DEMO_WORLD = "the demo world";
    static final String UNACKNOWLEDGED = "a Catappult subscription left unacknowledged for three days";
    static final String IN_GRACE = "the demo world's active Catappult subscription in its grace period";
    static final String PKG = "com.example.game";
    static final String T = "catappult.inapp.purchase.";
    static final String STALE = T + "PENDING3DAYS01";
    static final String APP = "/8.20191001/google/inapp/v3/applications/" + PKG + "/purchases/";
    static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    static CatappultClient client(MockServer server) {
        return CatappultClient.builder()
                .baseUrl(server.getUrl())
                .apiKey("demo-api-key")
                .build();
    }

    static PactDslJsonBody notFound() {
        return new PactDslJsonBody()
                .stringValue("code", "NotFound")
                .stringType("path", "/productv2/…")
                .stringType("text", "a message")
                .nullValue("data");
    }

    @Pact(consumer = CONSUMER)
    V4Pact purchaseV2(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("productv2: validate an unconsumed in-app purchase")
                .path("/productv2" + APP + "products/attempts/tokens/" + T + "DEMOACTIVE0001")
                .method("GET")
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(new PactDslJsonBody()
                        .stringValue("kind", "androidpublisher#inappPurchase")
                        .stringMatcher("purchaseTimeMillis", "\\d+", "1741713309325")
                        .numberValue("purchaseState", 0)
                        .numberValue("consumptionState", 0)
                        .stringType("developerPayload", "demo-payload")
                        .stringMatcher("orderId", "[A-Z0-9]{16}", "Z3LGN5Q7HWR4EYNM")
                        .integerType("acknowledgementState", 1)
                        .stringValue("purchaseToken", T + "DEMOACTIVE0001")
                        .stringValue("productId", "attempts")
                        .stringMatcher("regionCode", "[A-Z]{2}", "PT")
                        .stringMatcher("currency", "[A-Z]{3}", "EUR"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "purchaseV2")
    void purchaseV2(MockServer server) {
        assertThat(client(server)
                        .getPurchase(PKG, "attempts", T + "DEMOACTIVE0001")
                        .isConsumed())
                .isFalse();
    }

    @Pact(consumer = CONSUMER)
    V4Pact purchaseLegacy(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("product (legacy): validate a consumed purchase, wrapped in resource")
                .path("/product" + APP + "products/attempts/tokens/" + T + "DEMOCONSUMED01")
                .method("GET")
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(new PactDslJsonBody()
                        .object("resource")
                        .stringValue("kind", "androidpublisher#productPurchase")
                        .integerType("purchaseTimeMillis", 1741713309325L)
                        .numberValue("purchaseState", 0)
                        .numberValue("consumptionState", 1)
                        .stringType("developerPayload", "")
                        .stringMatcher("orderId", "[A-Z0-9]{16}", "Z3LGN5Q7HWR4EYNM")
                        .integerType("acknowledgementState", 1)
                        .stringValue("purchaseToken", T + "DEMOCONSUMED01")
                        .stringValue("productId", "attempts")
                        .stringMatcher("regionCode", "[A-Z]{2}", "PT")
                        .closeObject())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "purchaseLegacy")
    void purchaseLegacy(MockServer server) {
        assertThat(client(server)
                        .getPurchaseLegacy(PKG, "attempts", T + "DEMOCONSUMED01")
                        .isConsumed())
                .isTrue();
    }

    @Pact(consumer = CONSUMER)
    V4Pact unknownToken(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("productv2: validate an unknown token")
                .path("/productv2" + APP + "products/attempts/tokens/" + T + "NOSUCHTOKEN1")
                .method("GET")
                .willRespondWith()
                .status(404)
                .headers(JSON)
                .body(notFound())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownToken")
    void unknownToken(MockServer server) {
        assertThatThrownBy(() -> client(server).getPurchase(PKG, "attempts", T + "NOSUCHTOKEN1"))
                .isInstanceOfSatisfying(
                        CatappultException.class,
                        e -> assertThat(e.isNotFound()).isTrue());
    }

    @Pact(consumer = CONSUMER)
    V4Pact otherSku(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("productv2: validate a token under another SKU")
                .path("/productv2" + APP + "products/other_sku/tokens/" + T + "DEMOACTIVE0001")
                .method("GET")
                .willRespondWith()
                .status(404)
                .headers(JSON)
                .body(notFound())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "otherSku")
    void otherSku(MockServer server) {
        assertThatThrownBy(() -> client(server).getPurchase(PKG, "other_sku", T + "DEMOACTIVE0001"))
                .isInstanceOfSatisfying(
                        CatappultException.class,
                        e -> assertThat(e.isNotFound()).isTrue());
    }

    @Pact(consumer = CONSUMER)
    V4Pact subscription(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("productv2: validate a subscription")
                .path("/productv2" + APP + "subscriptions/premium_monthly/tokens/" + T + "DEMOSUBACTIVE1")
                .method("GET")
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(new PactDslJsonBody()
                        .stringValue("kind", "androidpublisher#subscriptionPurchase")
                        .stringMatcher("startTimeMillis", "\\d+", "1741713309325")
                        .stringMatcher("expiryTimeMillis", "\\d+", "1744305309325")
                        .booleanValue("autoRenewing", true)
                        .stringMatcher("priceCurrencyCode", "[A-Z]{3}", "EUR")
                        .stringMatcher("priceAmountMicros", "\\d+", "990000")
                        .stringMatcher("countryCode", "[A-Z]{2}", "PT")
                        .stringType("developerPayload", "")
                        .integerType("paymentState", 1)
                        .stringMatcher("orderId", "[A-Z0-9]{16}", "Z3LGN5Q7HWR4EYNM")
                        .numberValue("acknowledgementState", 1))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "subscription")
    void subscription(MockServer server) {
        assertThat(client(server)
                        .getSubscription(PKG, "premium_monthly", T + "DEMOSUBACTIVE1")
                        .autoRenewing())
                .isTrue();
    }

    @Pact(consumer = CONSUMER)
    V4Pact acknowledge(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("productv2: acknowledge a subscription with the Api-Key")
                .path("/productv2" + APP + "subscriptions/premium_monthly/tokens/" + T + "DEMOSUBACTIVE1/acknowledge")
                .method("POST")
                .headers("Api-Key", "demo-api-key")
                .willRespondWith()
                .status(204)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "acknowledge")
    void acknowledge(MockServer server) {
        client(server).acknowledgeSubscription(PKG, "premium_monthly", T + "DEMOSUBACTIVE1");
    }

    @Pact(consumer = CONSUMER)
    V4Pact subscriptionInGrace(PactDslWithProvider builder) {
        return builder.given(IN_GRACE)
                .uponReceiving("productv2: validate a subscription whose renewal payment failed (grace period)")
                .path("/productv2" + APP + "subscriptions/premium_monthly/tokens/" + T + "DEMOSUBACTIVE1")
                .method("GET")
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(new PactDslJsonBody()
                        .stringValue("kind", "androidpublisher#subscriptionPurchase")
                        .stringMatcher("startTimeMillis", "\\d+", "1741713309325")
                        .stringMatcher("expiryTimeMillis", "\\d+", "1744305309325")
                        .booleanValue("autoRenewing", true)
                        .numberValue("paymentState", 0)
                        .numberValue("acknowledgementState", 1))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "subscriptionInGrace")
    void subscriptionInGrace(MockServer server) {
        var s = client(server).getSubscription(PKG, "premium_monthly", T + "DEMOSUBACTIVE1");
        assertThat(s.paymentState()).isZero();
        assertThat(s.autoRenewing()).isTrue();
    }

    @Pact(consumer = CONSUMER)
    V4Pact acknowledgeRevoked(PactDslWithProvider builder) {
        return builder.given(UNACKNOWLEDGED)
                .uponReceiving("productv2: acknowledge a subscription revoked after 48 hours without acknowledgement")
                .path("/productv2" + APP + "subscriptions/premium_monthly/tokens/" + STALE + "/acknowledge")
                .method("POST")
                .headers("Api-Key", "demo-api-key")
                .willRespondWith()
                .status(409)
                .headers(JSON)
                .body(new PactDslJsonBody()
                        .stringValue("code", "Request.Conflict")
                        .stringType("path", "/…")
                        .stringType("text", "a message")
                        .nullValue("data"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "acknowledgeRevoked")
    void acknowledgeRevoked(MockServer server) {
        assertThatThrownBy(() -> client(server).acknowledgeSubscription(PKG, "premium_monthly", STALE))
                .isInstanceOfSatisfying(
                        CatappultException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Pact(consumer = CONSUMER)
    V4Pact acknowledgeWrongKey(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("productv2: acknowledge with a wrong Api-Key")
                .path("/productv2" + APP + "subscriptions/premium_monthly/tokens/" + T + "DEMOSUBACTIVE1/acknowledge")
                .method("POST")
                .headers("Api-Key", "wrong-key")
                .willRespondWith()
                .status(401)
                .headers(JSON)
                .body(new PactDslJsonBody()
                        .stringValue("code", "Authorization.Unauthorized")
                        .stringType("path", "/…")
                        .stringType("text", "a message")
                        .nullValue("data"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "acknowledgeWrongKey")
    void acknowledgeWrongKey(MockServer server) {
        CatappultClient wrong = CatappultClient.builder()
                .baseUrl(server.getUrl())
                .apiKey("wrong-key")
                .build();
        assertThatThrownBy(() -> wrong.acknowledgeSubscription(PKG, "premium_monthly", T + "DEMOSUBACTIVE1"))
                .isInstanceOfSatisfying(
                        CatappultException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Pact(consumer = CONSUMER)
    V4Pact voided(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("productv2: list voided purchases since a start time")
                .path("/productv2" + APP + "voidedpurchases")
                .query("startTime=1000")
                .method("GET")
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(new PactDslJsonBody()
                        .minArrayLike("items", 1)
                        .stringValue("kind", "androidpublisher#voidedPurchase")
                        .stringType("purchaseToken", T + "DEMOCANCELED01")
                        .stringType("orderId", "Z3LGN5Q7HWR4EYNM")
                        .stringMatcher("purchaseTimeMillis", "\\d+", "1741713309325")
                        .stringMatcher("voidedTimeMillis", "\\d+", "1741813309325")
                        .integerType("voidedSource", 0)
                        .integerType("voidedReason", 0)
                        .closeObject()
                        .closeArray())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "voided")
    void voided(MockServer server) {
        assertThat(client(server).getVoidedPurchases(PKG, java.time.Instant.ofEpochMilli(1000)))
                .isNotEmpty();
    }
}
