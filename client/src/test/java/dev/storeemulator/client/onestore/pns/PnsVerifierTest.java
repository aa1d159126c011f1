package dev.storeemulator.client.onestore.pns;

import static dev.storeemulator.client.onestore.pns.PnsTestSigner.APP;
import static dev.storeemulator.client.onestore.pns.PnsTestSigner.JSON;
import static dev.storeemulator.client.onestore.pns.PnsTestSigner.OTHER_APP;
import static dev.storeemulator.client.onestore.pns.PnsTestSigner.payment;
import static dev.storeemulator.client.onestore.pns.PnsTestSigner.subscription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.client.onestore.pns.PnsVerification.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The verifier on messages signed the way ONE store signs them, and on everything that must be rejected. */
class PnsVerifierTest {

    static OneStorePnsVerifier verifier() {
        return OneStorePnsVerifier.builder()
                .licenseKey(APP.licenseKey())
                .clientId("com.example.game")
                .environment(Environment.SANDBOX)
                .marketCode("MKT_ONE")
                .build();
    }

    static Reason reasonFor(String body) {
        PnsVerification v = verifier().verify(body);
        assertThat(v.accepted()).isFalse();
        assertThat(v.message()).isNull();
        assertThat(v.detail()).isNotBlank().doesNotContain("tools.jackson");
        return v.reason();
    }

    @Test
    void aSignedPaymentRoundTripsTyped() {
        PnsVerification v = verifier().verify(APP.signed(payment()));
        assertThat(v.accepted()).as(v.detail()).isTrue();
        PnsMessage.PaymentNotification p = (PnsMessage.PaymentNotification) v.message();
        assertThat(p.msgVersion()).isEqualTo("3.1.0D");
        assertThat(p.clientId()).isEqualTo("com.example.game");
        assertThat(p.productId()).isEqualTo("coins_100");
        assertThat(p.messageType()).isEqualTo("SINGLE_PAYMENT_TRANSACTION");
        assertThat(p.purchaseId()).isEqualTo("SANDBOX3000000004564");
        assertThat(p.developerPayload()).isEqualTo("order-1");
        assertThat(p.purchaseTime()).isEqualTo(Instant.ofEpochMilli(1700000000123L));
        assertThat(p.isCompleted()).isTrue();
        assertThat(p.requiresRequery()).isFalse();
        assertThat(p.price()).isEqualTo("1100");
        assertThat(p.priceCurrencyCode()).isEqualTo("KRW");
        assertThat(p.productName()).isEqualTo("코인 100개");
        assertThat(p.paymentTypeList()).containsExactly(new PnsMessage.PaymentType("CREDITCARD", "1100"));
        assertThat(p.billingKey()).isNull();
        assertThat(p.isTestMdn()).isTrue();
        assertThat(p.purchaseToken()).isEqualTo("TOKEN-4564");
        assertThat(p.environment()).isEqualTo("SANDBOX");
        assertThat(p.isSandbox()).isTrue();
        assertThat(p.marketCode()).isEqualTo("MKT_ONE");
        assertThat(p.raw().get("signature").isString()).isTrue();
    }

    @Test
    void aCanceledPaymentAsksForARequery() {
        ObjectNode m = payment();
        m.put("purchaseState", "CANCELED");
        PnsMessage.PaymentNotification p =
                (PnsMessage.PaymentNotification) verifier().verifyOrThrow(APP.signed(m));
        assertThat(p.isCanceled()).isTrue();
        assertThat(p.requiresRequery()).isTrue();
    }

    @Test
    void aSignedSubscriptionMessageRoundTripsTyped() {
        PnsMessage.SubscriptionNotification s =
                (PnsMessage.SubscriptionNotification) verifier().verifyOrThrow(APP.signed(subscription(2)));
        assertThat(s.event()).isEqualTo(SubscriptionEvent.RENEWED);
        assertThat(s.notificationType()).isEqualTo(2);
        assertThat(s.productId()).isEqualTo("premium_monthly");
        assertThat(s.purchaseToken()).isEqualTo("SANDBOX0000000000010");
        assertThat(s.eventTime()).isEqualTo(Instant.ofEpochMilli(1700000000456L));
        assertThat(s.extra()).isEmpty();
    }

    @Test
    void anUnknownSubscriptionCodeVerifiesAndKeepsTheNumber() {
        PnsMessage.SubscriptionNotification s =
                (PnsMessage.SubscriptionNotification) verifier().verifyOrThrow(APP.signed(subscription(99)));
        assertThat(s.event()).isEqualTo(SubscriptionEvent.UNKNOWN);
        assertThat(s.notificationType()).isEqualTo(99);
    }

    @Test
    void theBytesOfTheBodyVerifyToo() {
        byte[] body = APP.signed(payment()).getBytes(StandardCharsets.UTF_8);
        assertThat(((PnsMessage.PaymentNotification) verifier().verifyOrThrow(body)).productName())
                .isEqualTo("코인 100개");
    }

    @Test
    void aPrettyPrintedBodyStillVerifies() {
        String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(APP.signed(payment())));
        assertThat(pretty).contains("\n  \"clientId\" : ");
        assertThat(verifier().verify(pretty).accepted()).isTrue();
        assertThat(verifier()
                        .verify("\r\n\t " + pretty.replace("\n", "\r\n") + "\n")
                        .accepted())
                .isTrue();
    }

    @Test
    void extraMembersAreKeptAndSignedInTheirPlace() {
        String body = APP.signed(payment());
        PnsMessage m = verifier().verifyOrThrow(body);
        assertThat(m.extra()).containsOnlyKeys("serviceUserId");
        assertThat(m.extra().get("serviceUserId").asString()).isEqualTo("u-7");

        String dropped = body.replace("\"serviceUserId\":\"u-7\",", "");
        String moved = dropped.replace("{\"msgVersion\"", "{\"serviceUserId\":\"u-7\",\"msgVersion\"");
        assertThat(moved).isNotEqualTo(body).hasSameSizeAs(body);
        assertThat(reasonFor(dropped)).isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(reasonFor(moved)).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void theSignatureMayStandAnywhere() {
        ObjectNode m = payment();
        String signature = APP.sign(JSON.writeValueAsString(m));
        ObjectNode first = JSON.createObjectNode().put("signature", signature);
        first.setAll(m);
        assertThat(verifier().verify(JSON.writeValueAsString(first)).accepted()).isTrue();
    }

    @Test
    void aTamperedFieldIsABadSignature() {
        String body = APP.signed(payment());
        for (String[] change : new String[][] {
            {"\"COMPLETED\"", "\"CANCELED\""},
            {"\"1100\"", "\"1101\""},
            {"1700000000123", "1700000000124"},
            {"코인", "코안"},
            {"\"isTestMdn\":true", "\"isTestMdn\":false"}
        }) {
            String tampered = body.replace(change[0], change[1]);
            assertThat(tampered).isNotEqualTo(body);
            assertThat(reasonFor(tampered)).as(change[1]).isEqualTo(Reason.BAD_SIGNATURE);
        }
        assertThatThrownBy(() -> verifier().verifyOrThrow(body.replace("\"u-7\"", "\"u-8\"")))
                .isInstanceOfSatisfying(PnsVerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE);
                    assertThat(e.getMessage()).startsWith("BAD_SIGNATURE: ");
                });
    }

    @Test
    void anotherKeyOrAGarbledSignatureIsABadSignature() {
        assertThat(reasonFor(OTHER_APP.signed(payment()))).isEqualTo(Reason.BAD_SIGNATURE);
        ObjectNode m = payment();
        m.put("signature", "not base64 !");
        assertThat(reasonFor(JSON.writeValueAsString(m))).isEqualTo(Reason.BAD_SIGNATURE);
        m.put("signature", Base64.getEncoder().encodeToString(new byte[256]));
        assertThat(reasonFor(JSON.writeValueAsString(m))).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void aMissingSignatureIsUnsigned() {
        ObjectNode m = payment();
        assertThat(reasonFor(JSON.writeValueAsString(m))).isEqualTo(Reason.UNSIGNED);
        m.putNull("signature");
        assertThat(reasonFor(JSON.writeValueAsString(m))).isEqualTo(Reason.UNSIGNED);
        m.put("signature", " ");
        assertThat(reasonFor(JSON.writeValueAsString(m))).isEqualTo(Reason.UNSIGNED);
        m.put("signature", 5);
        assertThat(reasonFor(JSON.writeValueAsString(m))).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void anotherAppEnvironmentOrMarketIsRejected() {
        ObjectNode m = payment();
        m.put("clientId", "com.evil.app");
        assertThat(reasonFor(APP.signed(m))).isEqualTo(Reason.WRONG_CLIENT_ID);
        m = payment();
        m.put("msgVersion", "3.1.0");
        m.put("environment", "COMMERCIAL");
        assertThat(reasonFor(APP.signed(m))).isEqualTo(Reason.WRONG_ENVIRONMENT);
        m = payment();
        m.put("marketCode", "MKT_GLB");
        assertThat(reasonFor(APP.signed(m))).isEqualTo(Reason.WRONG_MARKET_CODE);
        ObjectNode s = subscription(4);
        s.put("clientId", "com.evil.app");
        assertThat(reasonFor(APP.signed(s))).isEqualTo(Reason.WRONG_CLIENT_ID);
    }

    @Test
    void aSandboxVersionOutsideTheSandboxIsRejectedEvenWithoutAnExpectedEnvironment() {
        OneStorePnsVerifier lax = OneStorePnsVerifier.builder()
                .licenseKey("-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(Base64.getDecoder().decode(APP.licenseKey()))
                        + "\n-----END PUBLIC KEY-----\n")
                .build();
        ObjectNode m = payment();
        m.put("environment", "COMMERCIAL");
        assertThat(lax.verify(APP.signed(m)).reason()).isEqualTo(Reason.WRONG_ENVIRONMENT);
        assertThat(lax.verify(APP.signed(payment())).accepted()).isTrue();
        ObjectNode commercial = payment();
        commercial.put("msgVersion", "3.1.0");
        commercial.put("environment", "COMMERCIAL");
        commercial.put("clientId", "com.other.app");
        assertThat(lax.verify(APP.signed(commercial)).accepted()).isTrue();
    }

    @Test
    void garbageIsMalformedAndNeverThrows() {
        for (String bad : new String[] {
            "",
            " ",
            "not json {",
            "[1,2]",
            "\"text\"",
            "null",
            "42",
            "{",
            "{}}",
            "{} {}",
            "{\"a\":1,\"a\":2}",
            "[".repeat(5000),
            "{\"signature\":\"x\"," + "\"a\":[".repeat(2000)
        }) {
            assertThat(reasonFor(bad))
                    .as(bad.length() > 40 ? bad.substring(0, 40) : bad)
                    .isEqualTo(Reason.MALFORMED);
        }
        assertThat(verifier().verify((String) null).reason()).isEqualTo(Reason.MALFORMED);
        assertThat(verifier().verify((byte[]) null).reason()).isEqualTo(Reason.MALFORMED);
        assertThat(verifier()
                        .verify(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'})
                        .reason())
                .isEqualTo(Reason.MALFORMED);
    }

    @Test
    void aSignedMessageWithMissingOrMistypedFieldsIsMalformed() {
        ObjectNode noClient = payment();
        noClient.remove("clientId");
        ObjectNode hugeTime = payment();
        hugeTime.put("purchaseTimeMillis", new java.math.BigInteger("123456789012345678901234567890"));
        ObjectNode fractionalTime = payment();
        fractionalTime.put("purchaseTimeMillis", 1.5);
        ObjectNode objectPrice = payment();
        objectPrice.putObject("price");
        ObjectNode badList = payment();
        badList.put("paymentTypeList", "CREDITCARD");
        ObjectNode badCode = subscription(2);
        ((ObjectNode) badCode.get("subscriptionNotification")).put("notificationType", "two");
        ObjectNode notObject = subscription(2);
        notObject.put("subscriptionNotification", "RENEWED");
        for (ObjectNode m :
                new ObjectNode[] {noClient, hugeTime, fractionalTime, objectPrice, badList, badCode, notObject}) {
            assertThat(reasonFor(APP.signed(m))).as(m.toString()).isEqualTo(Reason.MALFORMED);
        }
    }

    @Test
    void theBuilderRefusesWhatCannotWork() {
        assertThatThrownBy(() -> OneStorePnsVerifier.builder().build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() ->
                        OneStorePnsVerifier.builder().licenseKey("not a key").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OneStorePnsVerifier.builder().environment("sandbox"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(OneStorePnsVerifier.builder()
                        .licenseKey(APP.licenseKey())
                        .environment("SANDBOX")
                        .build()
                        .verify(APP.signed(payment()))
                        .accepted())
                .isTrue();
    }
}
