package dev.storeemulator.contracts.onestore;

import static dev.storeemulator.contracts.onestore.OneStorePact.*;
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
import dev.storeemulator.client.onestore.OneStoreClient;
import dev.storeemulator.client.onestore.OneStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Token, purchase details, consume and their errors, as the reference client calls them. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class OneStorePurchasesPactTest {
    static final String DETAILS = "/v2/purchase/details/";

    static PactDslJsonBody details(int consumptionState, int purchaseState) {
        return new PactDslJsonBody()
                .numberValue("consumptionState", consumptionState)
                .stringType("developerPayload", "demo-payload")
                .numberValue("purchaseState", purchaseState)
                .integerType("purchaseTime", 1584015997000L);
    }

    @Pact(consumer = CONSUMER)
    V4Pact activeDetails(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("get the details of an unconsumed purchase")
                .path(DETAILS + "SANDBOX0000000000001/" + PKG)
                .method("GET")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(details(0, 0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "activeDetails")
    void activeDetails(MockServer server) {
        assertThat(client(server).getPurchaseDetails("SANDBOX0000000000001").isConsumed())
                .isFalse();
    }

    @Pact(consumer = CONSUMER)
    V4Pact consumedDetails(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("get the details of a consumed purchase: consumptionState 1")
                .path(DETAILS + "SANDBOX0000000000002/" + PKG)
                .method("GET")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(details(1, 0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "consumedDetails")
    void consumedDetails(MockServer server) {
        assertThat(client(server).getPurchaseDetails("SANDBOX0000000000002").isConsumed())
                .isTrue();
    }

    @Pact(consumer = CONSUMER)
    V4Pact unknownPurchase(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("get the details of an unknown purchase")
                .path(DETAILS + "SANDBOX0000000009999/" + PKG)
                .method("GET")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .willRespondWith()
                .status(404)
                .headers(JSON)
                .body(error("NoSuchData"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownPurchase")
    void unknownPurchase(MockServer server) {
        assertThatThrownBy(() -> client(server).getPurchaseDetails("SANDBOX0000000009999"))
                .isInstanceOfSatisfying(
                        OneStoreException.class,
                        e -> assertThat(e.isNoSuchData()).isTrue());
    }

    @Pact(consumer = CONSUMER)
    V4Pact byProductId(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("get details by product id for the purchased product")
                .path("/v2/purchase/details-by-productid/SANDBOX0000000000001/" + PKG + "/coins_100")
                .method("GET")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(details(0, 0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "byProductId")
    void byProductId(MockServer server) {
        assertThat(client(server)
                        .getPurchaseDetailsByProductId("SANDBOX0000000000001", "coins_100")
                        .isCancelled())
                .isFalse();
    }

    @Pact(consumer = CONSUMER)
    V4Pact otherProduct(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("get details by product id for another product")
                .path("/v2/purchase/details-by-productid/SANDBOX0000000000001/" + PKG + "/coins_500")
                .method("GET")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .willRespondWith()
                .status(404)
                .headers(JSON)
                .body(error("NoSuchData"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "otherProduct")
    void otherProduct(MockServer server) {
        assertThatThrownBy(() -> client(server).getPurchaseDetailsByProductId("SANDBOX0000000000001", "coins_500"))
                .isInstanceOfSatisfying(
                        OneStoreException.class,
                        e -> assertThat(e.isNoSuchData()).isTrue());
    }

    @Pact(consumer = CONSUMER)
    V4Pact consume(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("consume a purchase")
                .path("/v2/purchase/consume/SANDBOX0000000000001/" + PKG)
                .method("POST")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(success())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "consume")
    void consume(MockServer server) {
        client(server).consumePurchase("SANDBOX0000000000001");
    }

    @Pact(consumer = CONSUMER)
    V4Pact consumeConsumed(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("consume a purchase that is already consumed")
                .path("/v2/purchase/consume/SANDBOX0000000000002/" + PKG)
                .method("POST")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .willRespondWith()
                .status(409)
                .headers(JSON)
                .body(error("InvalidPurchaseState"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "consumeConsumed")
    void consumeConsumed(MockServer server) {
        assertThatThrownBy(() -> client(server).consumePurchase("SANDBOX0000000000002"))
                .isInstanceOfSatisfying(
                        OneStoreException.class,
                        e -> assertThat(e.isInvalidPurchaseState()).isTrue());
    }

    @Pact(consumer = CONSUMER)
    V4Pact wrongSecret(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("get an access token with a wrong client secret")
                .path("/v2/oauth/token")
                .method("POST")
                .body("grant_type=client_credentials&client_id=" + PKG + "&client_secret=wrong", FORM)
                .willRespondWith()
                .status(401)
                .headers(JSON)
                .body(error("InvalidClient"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "wrongSecret")
    void wrongSecret(MockServer server) {
        OneStoreClient client = OneStoreClient.builder()
                .baseUrl(server.getUrl())
                .clientId(PKG)
                .clientSecret("wrong")
                .build();
        assertThatThrownBy(client::getAccessToken)
                .isInstanceOfSatisfying(
                        OneStoreException.class, e -> assertThat(e.code()).isEqualTo("InvalidClient"));
    }

    @Pact(consumer = CONSUMER)
    V4Pact expiredToken(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_EXPIRED)
                .uponReceiving("get details with an expired access token")
                .path(DETAILS + "SANDBOX0000000000001/" + PKG)
                .method("GET")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .willRespondWith()
                .status(401)
                .headers(JSON)
                .body(error("AccessTokenExpired"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "expiredToken")
    void expiredToken(MockServer server) {
        assertThatThrownBy(() -> client(server).getPurchaseDetails("SANDBOX0000000000001"))
                .isInstanceOfSatisfying(
                        OneStoreException.class,
                        e -> assertThat(e.isAccessTokenExpired()).isTrue());
    }
}
