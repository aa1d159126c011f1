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
import dev.storeemulator.client.onestore.pns.OneStorePnsVerifier;
import dev.storeemulator.client.onestore.pns.PnsMessage;
import dev.storeemulator.client.onestore.pns.PnsVerification;
import dev.storeemulator.client.onestore.pns.SubscriptionEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * ONE store's push notifications as the reference verifier takes them: payment messages (COMPLETED, CANCELED) and a
 * subscription message, each signed (the example with a fixed test key) and checked by {@link OneStorePnsVerifier}.
 * The signature's value is matched as Base64 only: the provider signs with the app's own key.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(
        providerName = OneStorePnsMessagePactTest.PROVIDER,
        providerType = ProviderType.ASYNCH,
        pactVersion = PactSpecVersion.V4)
class OneStorePnsMessagePactTest {
    static final String PROVIDER = "onestore-pns";
    static final String CONSUMER = "onestore-reference-client";
    static final String REFUNDED = "the demo world's sandbox purchase is refunded, PNS URLs set";
    static final String MADE = "a sandbox purchase is made through the admin API, PNS URLs set";
    static final String CANCEL_RESERVED =
            "the demo world's renewing series has its cancellation reserved, PNS URLs set";
    static final String BASE64 = "^[A-Za-z0-9+/]+={0,2}$";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The payment message's fields in the order sent, with the example signature made over them. */
    static PactDslJsonBody payment(String purchaseId, String state) {
        ObjectNode m = JSON.createObjectNode();
        m.put("msgVersion", "3.1.0D");
        m.put("clientId", NotificationsDriver.PKG);
        m.put("productId", "coins_100");
        m.put("messageType", "SINGLE_PAYMENT_TRANSACTION");
        m.put("purchaseId", purchaseId);
        m.put("developerPayload", "demo-payload");
        m.put("purchaseTimeMillis", 1772355600000L);
        m.put("purchaseState", state);
        m.put("price", "1000");
        m.put("priceCurrencyCode", "KRW");
        m.put("productName", "coins_100");
        ObjectNode pay = m.putArray("paymentTypeList").addObject();
        pay.put("paymentMethod", "CREDITCARD");
        pay.put("amount", "1000");
        m.putNull("billingKey");
        m.put("isTestMdn", true);
        m.put("purchaseToken", purchaseId);
        m.put("environment", "SANDBOX");
        m.put("marketCode", "MKT_ONE");
        String signature = PnsTestKeys.sign(JSON.writeValueAsString(sorted(m)));
        PactDslJsonBody body = new PactDslJsonBody()
                .stringMatcher("msgVersion", "^3\\.1\\.0D?$", "3.1.0D")
                .stringValue("clientId", NotificationsDriver.PKG)
                .stringType("productId", "coins_100")
                .stringValue("messageType", "SINGLE_PAYMENT_TRANSACTION")
                .stringValue("purchaseId", purchaseId)
                .stringType("developerPayload", "demo-payload")
                .integerType("purchaseTimeMillis", 1772355600000L)
                .stringValue("purchaseState", state)
                .stringMatcher("price", "^\\d+(\\.\\d+)?$", "1000")
                .stringType("priceCurrencyCode", "KRW")
                .stringType("productName", "coins_100");
        body.minArrayLike("paymentTypeList", 1)
                .stringType("paymentMethod", "CREDITCARD")
                .stringMatcher("amount", "^\\d+(\\.\\d+)?$", "1000")
                .closeObject()
                .closeArray();
        return ((PactDslJsonBody) body)
                .nullValue("billingKey")
                .booleanType("isTestMdn", true)
                .stringValue("purchaseToken", purchaseId)
                .stringValue("environment", "SANDBOX")
                .stringMatcher("marketCode", "^MKT_(ONE|GLB)$", "MKT_ONE")
                .stringMatcher("signature", BASE64, signature);
    }

    /**
     * A pact's example body carries its keys sorted, so the example signature is made over the sorted message: the
     * verifier checks whatever order the body arrives in, as the real receivers must.
     */
    static tools.jackson.databind.JsonNode sorted(tools.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            new java.util.TreeSet<>(node.propertyNames()).forEach(k -> out.set(k, sorted(node.get(k))));
            return out;
        }
        if (node.isArray()) {
            tools.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
            node.forEach(e -> out.add(sorted(e)));
            return out;
        }
        return node;
    }

    static OneStorePnsVerifier verifier() {
        return OneStorePnsVerifier.builder()
                .licenseKey(PnsTestKeys.LICENSE_KEY)
                .clientId(NotificationsDriver.PKG)
                .environment("SANDBOX")
                .build();
    }

    static PnsMessage verified(V4Interaction.AsynchronousMessage message) {
        PnsVerification v =
                verifier().verify(message.getContents().getContents().getValue());
        assertThat(v.accepted()).as(v.detail()).isTrue();
        return v.message();
    }

    @Pact(consumer = CONSUMER)
    V4Pact canceled(MessagePactBuilder builder) {
        return builder.given(REFUNDED)
                .expectsToReceive("a signed CANCELED payment message")
                .withMetadata(Map.of("contentType", "application/json"))
                .withContent(payment("SANDBOX0000000000001", "CANCELED"))
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact completed(MessagePactBuilder builder) {
        return builder.given(MADE)
                .expectsToReceive("a signed COMPLETED payment message")
                .withMetadata(Map.of("contentType", "application/json"))
                .withContent(payment("SANDBOX0000000000099", "COMPLETED"))
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact subscriptionCanceled(MessagePactBuilder builder) {
        ObjectNode m = JSON.createObjectNode();
        m.put("msgVersion", "3.1.0D");
        m.put("clientId", NotificationsDriver.PKG);
        m.put("eventTimeMillis", 1772355600000L);
        ObjectNode n = m.putObject("subscriptionNotification");
        n.put("version", "1.0");
        n.put("productId", "premium_monthly");
        n.put("notificationType", 3);
        n.put("purchaseToken", "SANDBOX0000000000010");
        m.put("environment", "SANDBOX");
        m.put("marketCode", "MKT_ONE");
        String signature = PnsTestKeys.sign(JSON.writeValueAsString(sorted(m)));
        PactDslJsonBody body = new PactDslJsonBody()
                .stringMatcher("msgVersion", "^3\\.1\\.0D?$", "3.1.0D")
                .stringValue("clientId", NotificationsDriver.PKG)
                .integerType("eventTimeMillis", 1772355600000L)
                .object("subscriptionNotification")
                .stringValue("version", "1.0")
                .stringType("productId", "premium_monthly")
                .integerMatching("notificationType", "^3$", 3)
                .stringValue("purchaseToken", "SANDBOX0000000000010")
                .closeObject()
                .asBody();
        body = body.stringValue("environment", "SANDBOX")
                .stringMatcher("marketCode", "^MKT_(ONE|GLB)$", "MKT_ONE")
                .stringMatcher("signature", BASE64, signature);
        return builder.given(CANCEL_RESERVED)
                .expectsToReceive("a signed subscription cancellation message")
                .withMetadata(Map.of("contentType", "application/json"))
                .withContent(body)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "canceled")
    void aCanceledMessageVerifiesAndAsksForARequery(V4Interaction.AsynchronousMessage message) {
        PnsMessage.PaymentNotification p = (PnsMessage.PaymentNotification) verified(message);
        assertThat(p.isCanceled()).isTrue();
        assertThat(p.requiresRequery()).isTrue();
        assertThat(p.purchaseId()).isEqualTo("SANDBOX0000000000001");
    }

    @Test
    @PactTestFor(pactMethod = "completed")
    void aCompletedMessageVerifies(V4Interaction.AsynchronousMessage message) {
        PnsMessage.PaymentNotification p = (PnsMessage.PaymentNotification) verified(message);
        assertThat(p.isCanceled()).isFalse();
        assertThat(p.price()).isEqualTo("1000");
    }

    @Test
    @PactTestFor(pactMethod = "subscriptionCanceled")
    void aSubscriptionMessageVerifies(V4Interaction.AsynchronousMessage message) {
        PnsMessage.SubscriptionNotification s = (PnsMessage.SubscriptionNotification) verified(message);
        assertThat(s.event()).isEqualTo(SubscriptionEvent.CANCELED);
    }
}
