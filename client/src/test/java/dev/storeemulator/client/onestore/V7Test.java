package dev.storeemulator.client.onestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class V7Test extends OneStoreEmulatorTest {

    @Nested
    class GetPurchase {
        @Test
        void readsThePurchaseByItsToken() {
            InAppPurchaseV7 p = demo().build().v7().getPurchase("coins_100", UNCONSUMED);
            assertThat(p.purchaseId()).isEqualTo(UNCONSUMED);
            assertThat(p.isConsumed()).isFalse();
            assertThat(p.isAcknowledged()).isFalse();
            assertThat(p.quantity()).isEqualTo(1);
            assertThat(p.purchaseTimeInstant()).isEqualTo(START.minus(Duration.ofHours(1)));
        }

        @Test
        void anotherProductIsNoSuchData() {
            assertThatThrownBy(() -> demo().build().v7().getPurchase("coins_500", UNCONSUMED))
                    .isInstanceOfSatisfying(
                            OneStoreException.class,
                            e -> assertThat(e.isNoSuchData()).isTrue());
        }

        @Test
        void commercialAnswersAMissingPayloadAsNull() {
            OneStoreClient client =
                    demo().header("X-Store-Emulator-Environment", "commercial").build();
            assertThat(client.v7().getPurchase("coins_100", COMMERCIAL).developerPayload())
                    .isNull();
        }
    }

    @Nested
    class ConsumeAndAcknowledge {
        @Test
        void consumesOnce() {
            OneStoreV7 v7 = demo().build().v7();
            v7.consume("coins_100", UNCONSUMED, "order \"42\"");
            assertThat(v7.getPurchase("coins_100", UNCONSUMED).isConsumed()).isTrue();
            assertThatThrownBy(() -> v7.consume("coins_100", UNCONSUMED, null))
                    .isInstanceOfSatisfying(
                            OneStoreException.class,
                            e -> assertThat(e.isInvalidPurchaseState()).isTrue());
        }

        @Test
        void acknowledgingStopsTheAutomaticRefund() {
            OneStoreV7 v7 = demo().build().v7();
            v7.acknowledge("coins_100", UNCONSUMED, null);
            clock.advance(Duration.ofDays(4));
            InAppPurchaseV7 p = v7.getPurchase("coins_100", UNCONSUMED);
            assertThat(p.isAcknowledged()).isTrue();
            assertThat(p.isCancelled()).isFalse();
            assertThatThrownBy(() -> v7.acknowledge("coins_100", UNCONSUMED, null))
                    .isInstanceOfSatisfying(
                            OneStoreException.class,
                            e -> assertThat(e.isInvalidPurchaseState()).isTrue());
        }
    }
}
