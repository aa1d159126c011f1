package dev.storeemulator.client.onestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PurchaseEndpointsTest extends OneStoreEmulatorTest {

    static void assertFails(ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(OneStoreException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.errorMessage()).isNotBlank();
        });
    }

    @Nested
    class GetPurchaseDetails {
        @Test
        void anUnconsumedPurchase() {
            PurchaseDetails p = client().getPurchaseDetails(UNCONSUMED);
            assertThat(p.consumptionState()).isZero();
            assertThat(p.isConsumed()).isFalse();
            assertThat(p.isCancelled()).isFalse();
            assertThat(p.purchaseTimeInstant()).isEqualTo(START.minus(Duration.ofHours(1)));
        }

        @Test
        void consumptionStateOneMeansConsumed() {
            PurchaseDetails p = client().getPurchaseDetails(CONSUMED);
            assertThat(p.consumptionState()).isEqualTo(1);
            assertThat(p.isConsumed()).isTrue();
        }

        @Test
        void aCancelledPurchase() {
            assertThat(client().getPurchaseDetails(CANCELLED).isCancelled()).isTrue();
        }

        @Test
        void anUnconsumedPurchaseIsRefundedThreeDaysAfterPurchase() {
            OneStoreClient client = client();
            clock.advance(Duration.ofDays(3).minusHours(1).minusSeconds(1));
            assertThat(client.getPurchaseDetails(UNCONSUMED).isCancelled()).isFalse();
            clock.advance(Duration.ofSeconds(1));
            assertThat(client.getPurchaseDetails(UNCONSUMED).isCancelled()).isTrue();
        }

        @Test
        void anUnknownPurchaseIsNoSuchData() {
            OneStoreClient client = client();
            assertFails(() -> client.getPurchaseDetails(MISSING), 404, "NoSuchData");
            assertThatThrownBy(() -> client.getPurchaseDetails(MISSING))
                    .isInstanceOfSatisfying(
                            OneStoreException.class,
                            e -> assertThat(e.isNoSuchData()).isTrue());
        }
    }

    @Nested
    class GetPurchaseDetailsByProductId {
        @Test
        void theRightProduct() {
            assertThat(client().getPurchaseDetailsByProductId(UNCONSUMED, "coins_100")
                            .isConsumed())
                    .isFalse();
        }

        @Test
        void anotherProductIsNoSuchData() {
            assertFails(() -> client().getPurchaseDetailsByProductId(UNCONSUMED, "coins_999"), 404, "NoSuchData");
        }
    }

    @Nested
    class ConsumePurchase {
        @Test
        void consumesOnceThenInvalidPurchaseState() {
            OneStoreClient client = client();
            client.consumePurchase(UNCONSUMED);
            assertThat(client.getPurchaseDetails(UNCONSUMED).isConsumed()).isTrue();
            assertThatThrownBy(() -> client.consumePurchase(UNCONSUMED))
                    .isInstanceOfSatisfying(OneStoreException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.isInvalidPurchaseState()).isTrue();
                    });
        }

        @Test
        void aConsumedPurchaseIsNeverRefundedAutomatically() {
            OneStoreClient client = client();
            client.consumePurchase(UNCONSUMED);
            clock.advance(Duration.ofDays(4));
            assertThat(client.getPurchaseDetails(UNCONSUMED).isCancelled()).isFalse();
        }

        @Test
        void aCancelledPurchaseCannotBeConsumed() {
            assertFails(() -> client().consumePurchase(CANCELLED), 409, "InvalidPurchaseState");
        }

        @Test
        void anUnknownPurchaseIsNoSuchData() {
            assertFails(() -> client().consumePurchase(MISSING), 404, "NoSuchData");
        }
    }

    @Nested
    class Environments {
        @Test
        void theCommercialHeaderReachesTheCommercialWorld() {
            OneStoreClient commercial =
                    demo().header("X-Store-Emulator-Environment", "commercial").build();
            assertThat(commercial.getPurchaseDetails(COMMERCIAL).isConsumed()).isTrue();
            assertFails(() -> commercial.getPurchaseDetails(UNCONSUMED), 404, "NoSuchData");
        }

        @Test
        void sandboxDoesNotKnowCommercialPurchases() {
            assertFails(() -> client().getPurchaseDetails(COMMERCIAL), 404, "NoSuchData");
        }

        @Test
        void tokensAreSeparatePerEnvironment() {
            OneStoreClient sandbox = client();
            OneStoreClient commercial =
                    demo().header("X-Store-Emulator-Environment", "commercial").build();
            assertThat(sandbox.getAccessToken().accessToken())
                    .isNotEqualTo(commercial.getAccessToken().accessToken());
        }
    }
}
