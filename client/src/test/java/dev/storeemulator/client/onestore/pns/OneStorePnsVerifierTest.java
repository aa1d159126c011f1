package dev.storeemulator.client.onestore.pns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The verifier on messages signed the way ONE store signs them. */
class OneStorePnsVerifierTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static KeyPair keys;
    static KeyPair other;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        keys = g.generateKeyPair();
        other = g.generateKeyPair();
    }

    static ObjectNode payment() {
        ObjectNode m = JSON.createObjectNode();
        m.put("msgVersion", "3.1.0D");
        m.put("clientId", "com.example.game");
        m.put("productId", "gems");
        m.put("messageType", "SINGLE_PAYMENT_TRANSACTION");
        m.put("purchaseId", "P1");
        m.put("developerPayload", "order-1");
        m.put("purchaseTimeMillis", 1700000000123L);
        m.put("purchaseState", "CANCELED");
        m.put("price", "1100");
        m.put("priceCurrencyCode", "KRW");
        m.put("productName", "코인 100개");
        ObjectNode pay = m.putArray("paymentTypeList").addObject();
        pay.put("paymentMethod", "CREDITCARD");
        pay.put("amount", "1100");
        m.putNull("billingKey");
        m.put("isTestMdn", true);
        m.put("serviceUserId", "u-7");
        m.put("purchaseToken", "P1");
        m.put("environment", "SANDBOX");
        m.put("marketCode", "MKT_ONE");
        return m;
    }

    static String signed(ObjectNode m, KeyPair with) throws Exception {
        Signature s = Signature.getInstance("SHA512withRSA");
        s.initSign(with.getPrivate());
        s.update(JSON.writeValueAsString(m).getBytes(StandardCharsets.UTF_8));
        ObjectNode copy = m.deepCopy();
        copy.put("signature", Base64.getEncoder().encodeToString(s.sign()));
        return JSON.writeValueAsString(copy);
    }

    static OneStorePnsVerifier verifier() {
        return OneStorePnsVerifier.builder()
                .licenseKey(Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()))
                .clientId("com.example.game")
                .environment("SANDBOX")
                .marketCode("MKT_ONE")
                .build();
    }

    @Test
    void aSignedPaymentVerifiesAndReadsTyped() throws Exception {
        PnsVerification v = verifier().verify(signed(payment(), keys));
        assertThat(v.accepted()).as(v.detail()).isTrue();
        PnsMessage.PaymentNotification p = (PnsMessage.PaymentNotification) v.message();
        assertThat(p.purchaseTime()).isEqualTo(Instant.ofEpochMilli(1700000000123L));
        assertThat(p.productName()).isEqualTo("코인 100개");
        assertThat(p.price()).isEqualTo("1100");
        assertThat(p.paymentTypeList()).containsExactly(new PnsMessage.PaymentType("CREDITCARD", "1100"));
        assertThat(p.requiresRequery()).isTrue();
        assertThat(p.raw().get("serviceUserId").asString()).isEqualTo("u-7");
    }

    @Test
    void aSubscriptionMessageVerifies() throws Exception {
        ObjectNode m = JSON.createObjectNode();
        m.put("msgVersion", "3.1.0D");
        m.put("clientId", "com.example.game");
        m.put("eventTimeMillis", 1700000000000L);
        ObjectNode n = m.putObject("subscriptionNotification");
        n.put("version", "1.0");
        n.put("productId", "monthly");
        n.put("notificationType", 2);
        n.put("purchaseToken", "R1");
        m.put("environment", "SANDBOX");
        m.put("marketCode", "MKT_ONE");
        PnsMessage.SubscriptionNotification s =
                (PnsMessage.SubscriptionNotification) verifier().verifyOrThrow(signed(m, keys));
        assertThat(s.event()).isEqualTo(SubscriptionEvent.RENEWED);
        assertThat(s.purchaseToken()).isEqualTo("R1");
    }

    @Test
    void aPrettyPrintedBodyStillVerifies() throws Exception {
        String pretty =
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(signed(payment(), keys)));
        assertThat(pretty).contains("\n");
        assertThat(verifier().verify(pretty).accepted()).isTrue();
    }

    @Test
    void tamperingOrAnotherKeyIsABadSignature() throws Exception {
        String body = signed(payment(), keys).replace("\"CANCELED\"", "\"COMPLETED\"");
        assertThat(verifier().verify(body).reason()).isEqualTo(PnsVerification.Reason.BAD_SIGNATURE);
        assertThat(verifier().verify(signed(payment(), other)).reason())
                .isEqualTo(PnsVerification.Reason.BAD_SIGNATURE);
        assertThatThrownBy(() -> verifier().verifyOrThrow(body))
                .isInstanceOf(PnsVerificationException.class)
                .extracting(e -> ((PnsVerificationException) e).reason())
                .isEqualTo(PnsVerification.Reason.BAD_SIGNATURE);
    }

    @Test
    void unsignedAndMalformedBodiesAreRejectedWithoutThrowing() {
        assertThat(verifier().verify(JSON.writeValueAsString(payment())).reason())
                .isEqualTo(PnsVerification.Reason.UNSIGNED);
        assertThat(verifier().verify("not json {").reason()).isEqualTo(PnsVerification.Reason.MALFORMED);
        assertThat(verifier().verify("[1,2]").reason()).isEqualTo(PnsVerification.Reason.MALFORMED);
        assertThat(verifier().verify((String) null).reason()).isEqualTo(PnsVerification.Reason.MALFORMED);
    }

    @Test
    void anotherAppEnvironmentOrMarketIsRejected() throws Exception {
        ObjectNode m = payment();
        m.put("clientId", "com.evil.app");
        assertThat(verifier().verify(signed(m, keys)).reason()).isEqualTo(PnsVerification.Reason.WRONG_CLIENT_ID);
        m = payment();
        m.put("environment", "COMMERCIAL");
        assertThat(verifier().verify(signed(m, keys)).reason()).isEqualTo(PnsVerification.Reason.WRONG_ENVIRONMENT);
        m = payment();
        m.put("marketCode", "MKT_GLB");
        assertThat(verifier().verify(signed(m, keys)).reason()).isEqualTo(PnsVerification.Reason.WRONG_MARKET_CODE);
    }

    @Test
    void aSandboxVersionOutsideTheSandboxIsRejectedEvenWithoutAnExpectedEnvironment() throws Exception {
        ObjectNode m = payment();
        m.put("environment", "COMMERCIAL");
        OneStorePnsVerifier lax = OneStorePnsVerifier.builder()
                .licenseKey("-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(keys.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----")
                .build();
        assertThat(lax.verify(signed(m, keys)).reason()).isEqualTo(PnsVerification.Reason.WRONG_ENVIRONMENT);
        assertThat(lax.verify(signed(payment(), keys)).accepted()).isTrue();
    }
}
