package dev.storeemulator.client.catappult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InAppValidationTest extends CatappultEmulatorTest {

    @Nested
    class BothFamilies {
        @Test
        void productv2GivesTheFlatAnswerWithCurrency() {
            InAppPurchase p = client().getPurchase(PACKAGE, SKU, ACTIVE);

            assertThat(p.kind()).isEqualTo("androidpublisher#inappPurchase");
            assertThat(p.purchaseTime()).isEqualTo(START.minus(Duration.ofHours(2)));
            assertThat(p.orderId()).isEqualTo("Z3LGN5Q7HWR4EYNM");
            assertThat(p.developerPayload()).isEqualTo("demo-payload");
            assertThat(p.purchaseToken()).isEqualTo(ACTIVE);
            assertThat(p.productId()).isEqualTo(SKU);
            assertThat(p.regionCode()).isEqualTo("PT");
            assertThat(p.currency()).isEqualTo("EUR");
            assertThat(p.isConsumed()).isFalse();
            assertThat(p.isCanceled()).isFalse();
            assertThat(p.isAcknowledged()).isTrue();
        }

        @Test
        void legacyGivesTheSameValuesWithoutCurrency() {
            InAppPurchase v2 = client().getPurchase(PACKAGE, SKU, ACTIVE);
            InAppPurchase legacy = client().getPurchaseLegacy(PACKAGE, SKU, ACTIVE);

            assertThat(legacy.kind()).isEqualTo("androidpublisher#productPurchase");
            assertThat(legacy.currency()).isNull();
            assertThat(legacy)
                    .usingRecursiveComparison()
                    .ignoringFields("kind", "currency")
                    .isEqualTo(v2);
        }

        @Test
        void anotherApiVersionIsServedToo() {
            CatappultClient client = demo().apiVersion("8.20250505").build();

            assertThat(client.getPurchase(PACKAGE, SKU, ACTIVE).orderId()).isEqualTo("Z3LGN5Q7HWR4EYNM");
            assertThat(client.getPurchaseLegacy(PACKAGE, SKU, ACTIVE).orderId()).isEqualTo("Z3LGN5Q7HWR4EYNM");
        }
    }

    @Nested
    class States {
        @Test
        void consumedIsConsumptionStateOne() {
            InAppPurchase p = client().getPurchase(PACKAGE, SKU, CONSUMED);

            assertThat(p.consumptionState()).isEqualTo(1);
            assertThat(p.isConsumed()).isTrue();
            assertThat(p.isCanceled()).isFalse();
            assertThat(client().getPurchaseLegacy(PACKAGE, SKU, CONSUMED).isConsumed())
                    .isTrue();
        }

        @Test
        void canceledIsPurchaseStateOne() {
            InAppPurchase p = client().getPurchase(PACKAGE, SKU, CANCELED);

            assertThat(p.purchaseState()).isEqualTo(1);
            assertThat(p.isCanceled()).isTrue();
            assertThat(p.isConsumed()).isFalse();
            assertThat(client().getPurchaseLegacy(PACKAGE, SKU, CANCELED).isCanceled())
                    .isTrue();
        }
    }

    @Nested
    class NotValid {
        @ParameterizedTest
        @ValueSource(booleans = {false, true})
        void unknownToken(boolean legacy) {
            String token = PREFIX + "NOSUCHTOKEN999";
            CatappultException e = catchThrowableOfType(CatappultException.class, () -> {
                InAppPurchase p = legacy
                        ? client().getPurchaseLegacy(PACKAGE, SKU, token)
                        : client().getPurchase(PACKAGE, SKU, token);
            });

            assertThat(e.isNotFound()).isTrue();
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.code()).isEqualTo("NotFound");
            assertThat(e.path()).endsWith("/tokens/" + token);
            assertThat(e.text()).isNotBlank();
        }

        @Test
        void wrongSku() {
            assertNotFound(() -> client().getPurchase(PACKAGE, "gems", ACTIVE));
        }

        @Test
        void wrongPackage() {
            assertNotFound(() -> client().getPurchase("com.example.other", SKU, ACTIVE));
        }

        @Test
        void tokenWithoutThePrefix() {
            assertNotFound(() -> client().getPurchase(PACKAGE, SKU, "DEMOACTIVE0001"));
        }

        @Test
        void subscriptionTokenIsNoInAppPurchase() {
            assertNotFound(() -> client().getPurchase(PACKAGE, SUB_SKU, SUB_ACTIVE));
        }

        private void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
            CatappultException e = catchThrowableOfType(CatappultException.class, call);
            assertThat(e).isNotNull();
            assertThat(e.isNotFound()).isTrue();
            assertThat(e.code()).isEqualTo("NotFound");
        }
    }
}
