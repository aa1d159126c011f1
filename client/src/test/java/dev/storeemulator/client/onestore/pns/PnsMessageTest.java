package dev.storeemulator.client.onestore.pns;

import static dev.storeemulator.client.onestore.pns.PnsTestSigner.JSON;
import static dev.storeemulator.client.onestore.pns.PnsTestSigner.payment;
import static dev.storeemulator.client.onestore.pns.PnsTestSigner.subscription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Reading messages without a signature check, and the subscription codes. */
class PnsMessageTest {

    @Test
    void parseReadsBothKindsWithoutASignature() {
        assertThat(PnsMessage.parse(JSON.writeValueAsString(payment())))
                .isInstanceOfSatisfying(
                        PnsMessage.PaymentNotification.class,
                        p -> assertThat(p.purchaseId()).isEqualTo("SANDBOX3000000004564"));
        assertThat(OneStorePnsVerifier.parse(JSON.writeValueAsString(subscription(13))))
                .isInstanceOfSatisfying(
                        PnsMessage.SubscriptionNotification.class,
                        s -> assertThat(s.event()).isEqualTo(SubscriptionEvent.EXPIRED));
    }

    @Test
    void parseRefusesWhatIsNotAMessageWithAnIllegalArgument() {
        for (String bad : new String[] {null, "", "nope", "[]", "{}", "{\"clientId\":\"c\"}", "{\"a\":1,\"a\":1}"}) {
            assertThatThrownBy(() -> PnsMessage.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theRawTreeIsACopy() {
        PnsMessage m = PnsMessage.parse(JSON.writeValueAsString(payment()));
        m.raw().put("clientId", "changed");
        assertThat(m.raw().get("clientId").asString()).isEqualTo("com.example.game");
        assertThat(m.extra()).containsOnlyKeys("serviceUserId");
    }

    @Test
    void absentOptionalFieldsAreNull() {
        String minimal = "{\"clientId\":\"c\",\"purchaseId\":\"p\",\"purchaseState\":\"CANCELED\"}";
        PnsMessage.PaymentNotification p = (PnsMessage.PaymentNotification) PnsMessage.parse(minimal);
        assertThat(p.developerPayload()).isNull();
        assertThat(p.purchaseTime()).isNull();
        assertThat(p.paymentTypeList()).isEmpty();
        assertThat(p.isTestMdn()).isFalse();
        assertThat(p.isSandbox()).isFalse();
        assertThat(p.requiresRequery()).isTrue();
    }

    @Test
    void everySubscriptionCodeMapsBothWaysAndUnknownOnesDoNotCrash() {
        assertThat(Arrays.stream(SubscriptionEvent.values()).mapToInt(SubscriptionEvent::code))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 10, 12, 13, -1);
        for (SubscriptionEvent e : SubscriptionEvent.values()) {
            assertThat(SubscriptionEvent.of(e.code())).isEqualTo(e);
        }
        for (int unknown : new int[] {0, 8, 9, 11, 14, -1, Integer.MAX_VALUE}) {
            assertThat(SubscriptionEvent.of(unknown)).isEqualTo(SubscriptionEvent.UNKNOWN);
        }
    }

    @Test
    void environmentNames() {
        assertThat(Environment.of("SANDBOX")).isEqualTo(Environment.SANDBOX);
        assertThat(Environment.of("COMMERCIAL")).isEqualTo(Environment.COMMERCIAL);
        assertThatThrownBy(() -> Environment.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
