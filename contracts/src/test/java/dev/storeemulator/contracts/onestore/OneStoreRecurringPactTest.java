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
import dev.storeemulator.client.onestore.VoidedPurchasesQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Recurring details, payment-status management and voided purchases. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class OneStoreRecurringPactTest {
    static PactDslJsonBody recurring(int recurringState) {
        return new PactDslJsonBody()
                .stringValue("purchaseId", "SANDBOX0000000000010")
                .stringValue("productId", "premium_monthly")
                .integerType("purchaseTime", 1584015997000L)
                .integerType("startTime", 1584015997000L)
                .integerType("expiryTime", 1586607997000L)
                .integerType("nextPaymentTime", 1586607997000L)
                .numberValue("recurringState", recurringState)
                .stringType("developerPayload", "")
                .numberValue("purchaseState", 0);
    }

    @Pact(consumer = CONSUMER)
    V4Pact recurringDetails(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("get a renewing subscription")
                .path("/v2/purchase/recurring-details/SANDBOX0000000000010/" + PKG)
                .method("GET")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(recurring(0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "recurringDetails")
    void recurringDetails(MockServer server) {
        assertThat(client(server)
                        .getRecurringPurchaseDetails("SANDBOX0000000000010")
                        .isRenewing())
                .isTrue();
    }

    @Pact(consumer = CONSUMER)
    V4Pact lastRecurringDetails(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("get the latest payment of a renewing subscription")
                .path("/v2/purchase/last-recurring-details/SANDBOX0000000000010/" + PKG)
                .method("GET")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(recurring(0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "lastRecurringDetails")
    void lastRecurringDetails(MockServer server) {
        assertThat(client(server)
                        .getLastRecurringPurchaseDetails("SANDBOX0000000000010")
                        .purchaseId())
                .isEqualTo("SANDBOX0000000000010");
    }

    @Pact(consumer = CONSUMER)
    V4Pact cancel(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("cancel the recurring payment of a renewing subscription")
                .path("/v2/purchase/manage-payment-status/SANDBOX0000000000010/" + PKG + "/cancel")
                .method("POST")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(success())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "cancel")
    void cancel(MockServer server) {
        client(server).cancelRecurringPayment("SANDBOX0000000000010");
    }

    @Pact(consumer = CONSUMER)
    V4Pact reactivateRenewing(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("reactivate a subscription that is renewing")
                .path("/v2/purchase/manage-payment-status/SANDBOX0000000000010/" + PKG + "/reactivate")
                .method("POST")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .willRespondWith()
                .status(409)
                .headers(JSON)
                .body(error("InvalidPurchaseState"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "reactivateRenewing")
    void reactivateRenewing(MockServer server) {
        assertThatThrownBy(() -> client(server).reactivateRecurringPayment("SANDBOX0000000000010"))
                .isInstanceOfSatisfying(
                        OneStoreException.class,
                        e -> assertThat(e.isInvalidPurchaseState()).isTrue());
    }

    @Pact(consumer = CONSUMER)
    V4Pact voided(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("list the voided purchases of the last 30 days")
                .path("/v2/purchase/voided-purchases/" + PKG)
                .method("GET")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(new PactDslJsonBody()
                        .minArrayLike("voidedPurchaseList", 1)
                        .stringType("purchaseId", "SANDBOX0000000000005")
                        .stringType("productId", "coins_500")
                        .integerType("purchaseTime", 1584015997000L)
                        .integerType("voidedTime", 1584115997000L)
                        .closeObject()
                        .closeArray())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact voidedUntilTheFuture(PactDslWithProvider builder) {
        return tokenIssued(builder, TOKEN_ISSUED)
                .uponReceiving("list voided purchases up to a time after now")
                .path("/v2/purchase/voided-purchases/" + PKG)
                .query("endTime=4102444800000")
                .method("GET")
                .matchHeader("Authorization", "Bearer " + UUID, "Bearer " + TOKEN)
                .willRespondWith()
                .status(400)
                .headers(JSON)
                .body(error("InvalidParameter"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "voidedUntilTheFuture")
    void voidedUntilTheFuture(MockServer server) {
        VoidedPurchasesQuery query =
                VoidedPurchasesQuery.defaults().withWindow(null, java.time.Instant.ofEpochMilli(4102444800000L));
        assertThatThrownBy(() -> client(server).getVoidedPurchases(query))
                .isInstanceOfSatisfying(
                        OneStoreException.class, e -> assertThat(e.code()).isEqualTo("InvalidParameter"));
    }

    @Test
    @PactTestFor(pactMethod = "voided")
    void voided(MockServer server) {
        assertThat(client(server)
                        .getVoidedPurchases(VoidedPurchasesQuery.defaults())
                        .voidedPurchaseList())
                .isNotEmpty();
    }
}
