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
import dev.storeemulator.client.cafebazaar.CafebazaarException;
import dev.storeemulator.client.cafebazaar.SubscriptionPurchase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Subscription status and cancel, as the reference client calls them. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class CafebazaarSubscriptionsPactTest {
    static final String SUBS = "/devapi/v2/api/applications/" + PKG + "/subscriptions/premium_monthly/purchases/";

    @Pact(consumer = CONSUMER)
    V4Pact activeSubscription(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("get an auto-renewing subscription by a later billing's token")
                .path(SUBS + "demo-sub-active-renewal-1/")
                .query(QUERY)
                .method("GET")
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(new PactDslJsonBody()
                        .stringValue("kind", "androidpublisher#subscriptionPurchase")
                        .integerType("initiationTimestampMsec", 1414181378566L)
                        .integerType("validUntilTimestampMsec", 1435912745710L)
                        .booleanValue("autoRenewing", true)
                        .stringValue("linkedSubscriptionToken", "demo-sub-active"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "activeSubscription")
    void activeSubscription(MockServer server) {
        SubscriptionPurchase s =
                tokenClient(server).getSubscription(PKG, "premium_monthly", "demo-sub-active-renewal-1");
        assertThat(s.autoRenewing()).isTrue();
        assertThat(s.linkedSubscriptionToken()).isEqualTo("demo-sub-active");
    }

    @Pact(consumer = CONSUMER)
    V4Pact unknownSubscription(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("get an unknown subscription")
                .path(SUBS + "no-such-token/")
                .query(QUERY)
                .method("GET")
                .willRespondWith()
                .status(404)
                .headers(JSON)
                .body(error("not_found", "The requested subscription is not found!"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownSubscription")
    void unknownSubscription(MockServer server) {
        assertThatThrownBy(() -> tokenClient(server).getSubscription(PKG, "premium_monthly", "no-such-token"))
                .isInstanceOfSatisfying(
                        CafebazaarException.class,
                        e -> assertThat(e.isNotFound()).isTrue());
    }

    @Pact(consumer = CONSUMER)
    V4Pact cancelActive(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("cancel an auto-renewing subscription")
                .path(SUBS + "demo-sub-active/cancel/")
                .query(QUERY)
                .method("GET")
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body("{}")
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "cancelActive")
    void cancelActive(MockServer server) {
        tokenClient(server).cancelSubscription(PKG, "premium_monthly", "demo-sub-active");
    }

    @Pact(consumer = CONSUMER)
    V4Pact cancelCancelled(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("cancel a subscription that is already cancelled")
                .path(SUBS + "demo-sub-cancelled/cancel/")
                .query(QUERY)
                .method("GET")
                .willRespondWith()
                .status(400)
                .headers(JSON)
                .body(error("invalid_value", null))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "cancelCancelled")
    void cancelCancelled(MockServer server) {
        assertThatThrownBy(() -> tokenClient(server).cancelSubscription(PKG, "premium_monthly", "demo-sub-cancelled"))
                .isInstanceOfSatisfying(
                        CafebazaarException.class, e -> assertThat(e.error()).isEqualTo("invalid_value"));
    }
}
