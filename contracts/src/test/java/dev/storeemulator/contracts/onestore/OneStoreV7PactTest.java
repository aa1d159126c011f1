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
import dev.storeemulator.client.onestore.OneStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The v7 in-app calls: details by purchase token, consume, acknowledge. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class OneStoreV7PactTest {
    static final String INAPP = "/v7/apps/" + PKG + "/purchases/inapp/products/";
    static final String ALL = "/v7/apps/" + PKG + "/purchases/all/products/";

    @Pact(consumer = CONSUMER)
    V4Pact details(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("v7: get a purchase by its purchase token")
                .path(INAPP + "coins_100/SANDBOX0000000000001")
                .method("GET")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(new PactDslJsonBody()
                        .numberValue("consumptionState", 0)
                        .stringType("developerPayload", "demo-payload")
                        .numberValue("purchaseState", 0)
                        .integerType("purchaseTime", 1584015997000L)
                        .stringValue("purchaseId", "SANDBOX0000000000001")
                        .numberValue("acknowledgeState", 0)
                        .integerType("quantity", 1))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "details")
    void details(MockServer server) {
        assertThat(client(server)
                        .v7()
                        .getPurchase("coins_100", "SANDBOX0000000000001")
                        .isAcknowledged())
                .isFalse();
    }

    @Pact(consumer = CONSUMER)
    V4Pact otherProduct(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("v7: get a purchase token under another product")
                .path(INAPP + "coins_500/SANDBOX0000000000001")
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
        assertThatThrownBy(() -> client(server).v7().getPurchase("coins_500", "SANDBOX0000000000001"))
                .isInstanceOfSatisfying(
                        OneStoreException.class,
                        e -> assertThat(e.isNoSuchData()).isTrue());
    }

    @Pact(consumer = CONSUMER)
    V4Pact consume(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("v7: consume a purchase")
                .path(INAPP + "coins_100/SANDBOX0000000000001/consume")
                .method("POST")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .body("{\"developerPayload\":\"order-42\"}", "application/json")
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(success())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "consume")
    void consume(MockServer server) {
        client(server).v7().consume("coins_100", "SANDBOX0000000000001", "order-42");
    }

    @Pact(consumer = CONSUMER)
    V4Pact consumeConsumed(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("v7: consume a purchase that is already consumed")
                .path(INAPP + "coins_100/SANDBOX0000000000002/consume")
                .method("POST")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .body("{}", "application/json")
                .willRespondWith()
                .status(409)
                .headers(JSON)
                .body(error("InvalidPurchaseState"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "consumeConsumed")
    void consumeConsumed(MockServer server) {
        assertThatThrownBy(() -> client(server).v7().consume("coins_100", "SANDBOX0000000000002", null))
                .isInstanceOfSatisfying(
                        OneStoreException.class,
                        e -> assertThat(e.isInvalidPurchaseState()).isTrue());
    }

    @Pact(consumer = CONSUMER)
    V4Pact acknowledge(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("v7: acknowledge a purchase")
                .path(ALL + "coins_100/SANDBOX0000000000001/acknowledge")
                .method("POST")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .body("{}", "application/json")
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(success())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "acknowledge")
    void acknowledge(MockServer server) {
        client(server).v7().acknowledge("coins_100", "SANDBOX0000000000001", null);
    }

    @Pact(consumer = CONSUMER)
    V4Pact acknowledgeCancelled(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("v7: acknowledge a cancelled purchase")
                .path(ALL + "coins_100/SANDBOX0000000000003/acknowledge")
                .method("POST")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .body("{}", "application/json")
                .willRespondWith()
                .status(409)
                .headers(JSON)
                .body(error("InvalidPurchaseState"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "acknowledgeCancelled")
    void acknowledgeCancelled(MockServer server) {
        assertThatThrownBy(() -> client(server).v7().acknowledge("coins_100", "SANDBOX0000000000003", null))
                .isInstanceOfSatisfying(
                        OneStoreException.class,
                        e -> assertThat(e.isInvalidPurchaseState()).isTrue());
    }
}
