package dev.storeemulator.client.onestore.pns;

import static dev.storeemulator.client.onestore.pns.PnsTestSigner.APP;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The text the verifier re-creates is exactly the compact text that was signed. */
class PnsSignedTextTest {
    static final String COMPACT = "{\"msgVersion\":\"3.1.0D\",\"clientId\":\"com.example.game\",\"productId\":\"gems\","
            + "\"messageType\":\"SINGLE_PAYMENT_TRANSACTION\",\"purchaseId\":\"P1\",\"developerPayload\":null,"
            + "\"purchaseTimeMillis\":1700000000123,\"purchaseState\":\"COMPLETED\",\"price\":\"1100\","
            + "\"priceCurrencyCode\":\"KRW\",\"productName\":\"코인 100개 \\\"special\\\" \\\\ 🎮\","
            + "\"paymentTypeList\":[{\"paymentMethod\":\"CREDITCARD\",\"amount\":\"1000\"},"
            + "{\"paymentMethod\":\"POINT\",\"amount\":\"100\"}],\"billingKey\":null,\"isTestMdn\":false,"
            + "\"serviceSeq\":123456789012345678901234567890,\"ratio\":1.50,\"big\":1e3,\"neg\":-0,"
            + "\"nested\":{\"signature\":\"kept\",\"list\":[]},"
            + "\"purchaseToken\":\"T1\",\"environment\":\"SANDBOX\",\"marketCode\":\"MKT_ONE\"}";

    static String signedText(String body) {
        return SignedText.of(PnsParser.JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSignedTextIsTheCompactBodyWithoutTheTopLevelSignature() {
        String body = APP.signedText(COMPACT);
        assertThat(body).contains(",\"signature\":\"");
        assertThat(signedText(body)).isEqualTo(COMPACT);
    }

    @Test
    void numbersKeepTheirExactText() {
        PnsMessage.PaymentNotification p = (PnsMessage.PaymentNotification) OneStorePnsVerifier.builder()
                .licenseKey(APP.licenseKey())
                .build()
                .verifyOrThrow(APP.signedText(COMPACT));
        assertThat(p.purchaseTime().toEpochMilli()).isEqualTo(1700000000123L);
        assertThat(p.extra()).containsOnlyKeys("serviceSeq", "ratio", "big", "neg", "nested");
        assertThat(p.extra().get("serviceSeq").bigIntegerValue()).hasToString("123456789012345678901234567890");
        assertThat(p.paymentTypeList()).hasSize(2);
    }

    @Test
    void whitespaceBetweenTokensDoesNotCountButInsideStringsItDoes() {
        String spaced =
                COMPACT.replace(",\"", " ,\n\t\"").replace("\":", "\" :  ").replace("[{", "[ {");
        assertThat(signedText(spaced)).isEqualTo(COMPACT);
        assertThat(signedText(COMPACT.replace("코인 100개", "코인  100개"))).isNotEqualTo(COMPACT);
    }

    @Test
    void nonAsciiIsWrittenUnescapedAsJacksonDoes() {
        String escaped = COMPACT.replace("코인", "\\ucf54\\uc778");
        assertThat(signedText(escaped)).isEqualTo(COMPACT);
    }
}
