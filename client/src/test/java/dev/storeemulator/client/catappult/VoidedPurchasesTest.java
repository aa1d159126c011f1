package dev.storeemulator.client.catappult;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoidedPurchasesTest extends CatappultEmulatorTest {

    @Test
    void listsTheCanceledPurchaseVoidedSinceTheStartTime() {
        List<VoidedPurchase> voided = client().getVoidedPurchases(PACKAGE, START.minus(Duration.ofDays(30)));

        assertThat(voided).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo("androidpublisher#voidedPurchase");
            assertThat(v.purchaseToken()).isEqualTo(CANCELED);
            assertThat(v.orderId())
                    .isEqualTo(client().getPurchase(PACKAGE, SKU, CANCELED).orderId());
            assertThat(v.purchaseTime()).isEqualTo(START.minus(Duration.ofDays(3)));
            assertThat(v.voidedTime()).isEqualTo(START.minus(Duration.ofDays(2)));
            assertThat(v.voidedSource()).isZero();
            assertThat(v.voidedReason()).isZero();
            assertThat(v.isChargeback()).isFalse();
        });
    }

    @Test
    void theStartTimeIsInclusive() {
        assertThat(client().getVoidedPurchases(PACKAGE, START.minus(Duration.ofDays(2))))
                .hasSize(1);
    }

    @Test
    void nothingWasVoidedAfterTheStartTime() {
        assertThat(client().getVoidedPurchases(PACKAGE, START.minus(Duration.ofDays(1))))
                .isEmpty();
    }

    @Test
    void anotherPackageHasNoVoidedPurchases() {
        assertThat(client().getVoidedPurchases("com.example.other", START.minus(Duration.ofDays(30))))
                .isEmpty();
    }

    @Test
    void chargebackIsReasonSeven() {
        VoidedPurchase v = new VoidedPurchase("androidpublisher#voidedPurchase", CANCELED, "ORDER", 1L, 2L, 0, 7);

        assertThat(v.isChargeback()).isTrue();
    }
}
