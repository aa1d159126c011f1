package dev.storeemulator.contracts.notify;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.storeemulator.client.catappult.notify.CatappultNotification;
import dev.storeemulator.client.catappult.notify.CatappultNotifications;
import dev.storeemulator.client.catappult.notify.OspCallback;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What Catappult POSTs to a backend, as the reference parser takes it: RTDN kinds and the One-Step Payment callback. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(
        providerName = CatappultNotificationsMessagePactTest.PROVIDER,
        providerType = ProviderType.ASYNCH,
        pactVersion = PactSpecVersion.V4)
class CatappultNotificationsMessagePactTest {
    static final String PROVIDER = "catappult-notifications";
    static final String CONSUMER = "catappult-reference-client";
    static final String REFUNDED = "the demo world's active purchase is refunded, notification URL set";
    static final String CANCELLED = "the demo world's active subscription is cancelled, notification URL set";
    static final String TESTED = "a test notification is asked for, notification URL set";
    static final String OSP = "a pending One-Step Payment transaction is completed";
    static final String TOKEN = "catappult.inapp.purchase.DEMOACTIVE0001";
    static final Map<String, Object> JSON = Map.of("contentType", "application/json");

    static PactDslJsonBody envelope() {
        return new PactDslJsonBody()
                .stringValue("version", "1.0")
                .stringValue("packageName", NotificationsDriver.PKG)
                .stringMatcher("eventTimeMillis", "^\\d+$", "1772355600000");
    }

    static CatappultNotification parsed(V4Interaction.AsynchronousMessage message) {
        return CatappultNotifications.parse(message.getContents().getContents().valueAsString());
    }

    @Pact(consumer = CONSUMER)
    V4Pact canceled(MessagePactBuilder builder) {
        return builder.given(REFUNDED)
                .expectsToReceive("a one-time product CANCELED notification")
                .withMetadata(JSON)
                .withContent(envelope()
                        .object("oneTimeProductNotification")
                        .stringValue("version", "1.0")
                        .integerMatching("notificationType", "^2$", 2)
                        .stringValue("purchaseToken", TOKEN)
                        .stringType("sku", "attempts")
                        .closeObject())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact voided(MessagePactBuilder builder) {
        return builder.given(REFUNDED)
                .expectsToReceive("a voided purchase notification")
                .withMetadata(JSON)
                .withContent(envelope()
                        .object("voidedPurchaseNotification")
                        .stringValue("purchaseToken", TOKEN)
                        .stringMatcher("orderId", "^[A-Z0-9]{16}$", "Z3LGN5Q7HWR4EYNM")
                        .integerMatching("productType", "^2$", 2)
                        .integerMatching("refundType", "^[12]$", 1)
                        .closeObject())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact subscriptionCanceled(MessagePactBuilder builder) {
        return builder.given(CANCELLED)
                .expectsToReceive("a subscription CANCELED notification")
                .withMetadata(JSON)
                .withContent(envelope()
                        .object("subscriptionNotification")
                        .stringValue("version", "1.0")
                        .integerMatching("notificationType", "^3$", 3)
                        .stringValue("purchaseToken", "catappult.inapp.purchase.DEMOSUBACTIVE1")
                        .stringType("subscriptionId", "premium_monthly")
                        .closeObject())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact test(MessagePactBuilder builder) {
        return builder.given(TESTED)
                .expectsToReceive("a test notification")
                .withMetadata(JSON)
                .withContent(envelope()
                        .object("testNotification")
                        .stringValue("version", "1.0")
                        .closeObject())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact ospCallback(MessagePactBuilder builder) {
        return builder.given(OSP)
                .expectsToReceive("a One-Step Payment callback")
                .withMetadata(JSON)
                .withContent(new PactDslJsonBody()
                        .stringMatcher(
                                "transaction",
                                "^\\{\"uid\":\"[^\"]+\",\"reference\":.*\"status\":\"COMPLETED\",\"price\":\\{.*\\}\\}$",
                                "{\"uid\":\"DEMOOSPPENDING01\",\"reference\":\"XYZ00000001\",\"domain\":\"com.example.game\","
                                        + "\"product\":\"attempts\",\"status\":\"COMPLETED\",\"price\":{\"currency\":\"EUR\","
                                        + "\"value\":\"0.99\",\"appc\":\"9.9\"}}"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "canceled")
    void aCanceledOneTimeProduct(V4Interaction.AsynchronousMessage message) {
        var e = (CatappultNotification.OneTimeProductEvent) parsed(message);
        assertThat(e.type()).isEqualTo(dev.storeemulator.client.catappult.notify.OneTimeType.CANCELED);
        assertThat(e.purchaseToken()).isEqualTo(TOKEN);
    }

    @Test
    @PactTestFor(pactMethod = "voided")
    void aVoidedPurchase(V4Interaction.AsynchronousMessage message) {
        var e = (CatappultNotification.VoidedPurchaseEvent) parsed(message);
        assertThat(e.productTypeCode()).isEqualTo(2);
    }

    @Test
    @PactTestFor(pactMethod = "subscriptionCanceled")
    void aCanceledSubscription(V4Interaction.AsynchronousMessage message) {
        var e = (CatappultNotification.SubscriptionEvent) parsed(message);
        assertThat(e.type()).isEqualTo(dev.storeemulator.client.catappult.notify.SubscriptionType.CANCELED);
    }

    @Test
    @PactTestFor(pactMethod = "test")
    void aTestNotification(V4Interaction.AsynchronousMessage message) {
        assertThat(parsed(message)).isInstanceOf(CatappultNotification.TestEvent.class);
    }

    @Test
    @PactTestFor(pactMethod = "ospCallback")
    void aOneStepPaymentCallback(V4Interaction.AsynchronousMessage message) {
        OspCallback c = CatappultNotifications.parseOspCallback(
                message.getContents().getContents().valueAsString());
        assertThat(c.transaction().status()).isEqualTo("COMPLETED");
        assertThat(c.transaction().price().value()).isEqualTo("0.99");
    }
}
