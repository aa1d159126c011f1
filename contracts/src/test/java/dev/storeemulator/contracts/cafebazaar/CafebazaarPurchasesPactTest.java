package dev.storeemulator.contracts.cafebazaar;

import static dev.storeemulator.contracts.cafebazaar.CafebazaarPact.*;
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
import dev.storeemulator.client.cafebazaar.CafebazaarClient;
import dev.storeemulator.client.cafebazaar.CafebazaarException;
import dev.storeemulator.client.cafebazaar.InAppPurchase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Validate and consume, as the reference client calls them. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class CafebazaarPurchasesPactTest {
    static final String VALIDATE = "/devapi/v2/api/validate/" + PKG + "/inapp/coins_100/purchases/";
    static final String CONSUME = "/devapi/v2/api/consume/" + PKG + "/purchases/";

    static PactDslJsonBody purchase(int consumptionState, int purchaseState) {
        return new PactDslJsonBody()
                .integerType("consumptionState", consumptionState) // the exact value is asserted below
                .integerType("purchaseState", purchaseState)
                .stringValue("kind", "androidpublisher#inappPurchase")
                .stringType("developerPayload", "something")
                .integerType("purchaseTime", 1414181378566L);
    }

    @Pact(consumer = CONSUMER)
    V4Pact validateActive(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("validate a purchase that is neither consumed nor refunded")
                .path(VALIDATE + "demo-purchase-active/")
                .query(QUERY)
                .method("GET")
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(new PactDslJsonBody()
                        .numberValue("consumptionState", 1)
                        .numberValue("purchaseState", 0)
                        .stringValue("kind", "androidpublisher#inappPurchase")
                        .stringValue("developerPayload", "something")
                        .integerType("purchaseTime", 1414181378566L))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "validateActive")
    void validateActive(MockServer server) {
        InAppPurchase p = tokenClient(server).validatePurchase(PKG, "coins_100", "demo-purchase-active");
        assertThat(p.isConsumed()).isFalse();
        assertThat(p.isRefunded()).isFalse();
    }

    @Pact(consumer = CONSUMER)
    V4Pact validateConsumed(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("validate a consumed purchase: consumptionState 0")
                .path(VALIDATE + "demo-purchase-consumed/")
                .query(QUERY)
                .method("GET")
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(purchase(0, 0).numberValue("consumptionState", 0).numberValue("purchaseState", 0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "validateConsumed")
    void validateConsumed(MockServer server) {
        assertThat(tokenClient(server)
                        .validatePurchase(PKG, "coins_100", "demo-purchase-consumed")
                        .isConsumed())
                .isTrue();
    }

    @Pact(consumer = CONSUMER)
    V4Pact validateRefunded(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("validate a refunded purchase: purchaseState 1")
                .path(VALIDATE + "demo-purchase-refunded/")
                .query(QUERY)
                .method("GET")
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(purchase(1, 1).numberValue("purchaseState", 1))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "validateRefunded")
    void validateRefunded(MockServer server) {
        assertThat(tokenClient(server)
                        .validatePurchase(PKG, "coins_100", "demo-purchase-refunded")
                        .isRefunded())
                .isTrue();
    }

    @Pact(consumer = CONSUMER)
    V4Pact validateUnknown(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("validate an unknown purchase token")
                .path(VALIDATE + "no-such-token/")
                .query(QUERY)
                .method("GET")
                .willRespondWith()
                .status(404)
                .headers(JSON)
                .body(error("not_found", "The requested purchase is not found!"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "validateUnknown")
    void validateUnknown(MockServer server) {
        assertThatThrownBy(() -> tokenClient(server).validatePurchase(PKG, "coins_100", "no-such-token"))
                .isInstanceOfSatisfying(
                        CafebazaarException.class,
                        e -> assertThat(e.isNotFound()).isTrue());
    }

    @Pact(consumer = CONSUMER)
    V4Pact validateOtherAccountsPackage(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("validate in a package of another developer account")
                .path(VALIDATE.replace(PKG, "com.example.other") + "demo-purchase-active/")
                .query(QUERY)
                .method("GET")
                .willRespondWith()
                .status(404)
                .headers(JSON)
                .body(error("invalid_value", "Package name is invalid"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "validateOtherAccountsPackage")
    void validateOtherAccountsPackage(MockServer server) {
        assertThatThrownBy(() ->
                        tokenClient(server).validatePurchase("com.example.other", "coins_100", "demo-purchase-active"))
                .isInstanceOfSatisfying(
                        CafebazaarException.class, e -> assertThat(e.error()).isEqualTo("invalid_value"));
    }

    @Pact(consumer = CONSUMER)
    V4Pact validateWithPishkhanSecret(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("validate with the Pishkhan API secret")
                .path(VALIDATE + "demo-purchase-active/")
                .method("GET")
                .headers("CAFEBAZAAR-PISHKHAN-API-SECRET", "demo-pishkhan-secret")
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(purchase(1, 0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "validateWithPishkhanSecret")
    void validateWithPishkhanSecret(MockServer server) {
        CafebazaarClient client = CafebazaarClient.builder()
                .baseUrl(server.getUrl())
                .pishkhanSecret("demo-pishkhan-secret")
                .build();
        assertThat(client.validatePurchase(PKG, "coins_100", "demo-purchase-active")
                        .kind())
                .isEqualTo("androidpublisher#inappPurchase");
    }

    @Pact(consumer = CONSUMER)
    V4Pact consumeActive(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("consume a purchase")
                .path(CONSUME)
                .query(QUERY)
                .method("POST")
                .body("{\"token\":\"demo-purchase-active\"}", "application/json")
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body("{}")
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "consumeActive")
    void consumeActive(MockServer server) {
        tokenClient(server).consume(PKG, "demo-purchase-active");
    }

    @Pact(consumer = CONSUMER)
    V4Pact consumeConsumed(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("consume a purchase that is already consumed")
                .path(CONSUME)
                .query(QUERY)
                .method("POST")
                .body("{\"token\":\"demo-purchase-consumed\"}", "application/json")
                .willRespondWith()
                .status(400)
                .headers(JSON)
                .body(error("already_consumed", null))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "consumeConsumed")
    void consumeConsumed(MockServer server) {
        assertThatThrownBy(() -> tokenClient(server).consume(PKG, "demo-purchase-consumed"))
                .isInstanceOfSatisfying(
                        CafebazaarException.class,
                        e -> assertThat(e.isAlreadyConsumed()).isTrue());
    }

    @Pact(consumer = CONSUMER)
    V4Pact validateWithExpiredToken(PactDslWithProvider builder) {
        return builder.given(EXPIRED_TOKEN)
                .uponReceiving("validate with an expired access token")
                .path(VALIDATE + "demo-purchase-active/")
                .query("access_token=expired-token")
                .method("GET")
                .willRespondWith()
                .status(401)
                .headers(JSON)
                .body(error("invalid_credentials", null))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "validateWithExpiredToken")
    void validateWithExpiredToken(MockServer server) {
        CafebazaarClient client = CafebazaarClient.builder()
                .baseUrl(server.getUrl())
                .clientId("demo-client-id")
                .clientSecret("demo-client-secret")
                .accessToken("expired-token", java.time.Instant.now().plusSeconds(3600))
                .build();
        assertThatThrownBy(() -> client.validatePurchase(PKG, "coins_100", "demo-purchase-active"))
                .isInstanceOfSatisfying(
                        CafebazaarException.class, e -> assertThat(e.status()).isEqualTo(401));
    }
}
