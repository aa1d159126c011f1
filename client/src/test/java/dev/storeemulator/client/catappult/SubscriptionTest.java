package dev.storeemulator.client.catappult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SubscriptionTest extends CatappultEmulatorTest {

    @Nested
    class Validation {
        @Test
        void activeSubscriptionReadsTheStringFieldsAsNumbers() {
            SubscriptionPurchase s = client().getSubscription(PACKAGE, SUB_SKU, SUB_ACTIVE);

            assertThat(s.kind()).isEqualTo("androidpublisher#subscriptionPurchase");
            assertThat(s.startTime()).isEqualTo(START.minus(Duration.ofDays(10)));
            assertThat(s.expiryTime()).isEqualTo(START.plus(Duration.ofDays(20)));
            assertThat(s.autoRenewing()).isTrue();
            assertThat(s.priceAmountMicros()).isPositive();
            assertThat(s.priceCurrencyCode()).isNotBlank();
            assertThat(s.paymentState()).isEqualTo(1);
            assertThat(s.orderId()).matches("[A-Z0-9]{16}");
            assertThat(s.isAcknowledged()).isTrue();
            assertThat(s.isActiveAt(START)).isTrue();
            assertThat(s.isActiveAt(START.plus(Duration.ofDays(20)))).isFalse();
        }

        @Test
        void bothFamiliesGiveTheSameRecord() {
            assertThat(client().getSubscriptionLegacy(PACKAGE, SUB_SKU, SUB_ACTIVE))
                    .isEqualTo(client().getSubscription(PACKAGE, SUB_SKU, SUB_ACTIVE));
            assertThat(client().getSubscriptionLegacy(PACKAGE, SUB_SKU, SUB_EXPIRED))
                    .isEqualTo(client().getSubscription(PACKAGE, SUB_SKU, SUB_EXPIRED));
        }

        @Test
        void expiredSubscriptionIsStillAnswered() {
            SubscriptionPurchase s = client().getSubscription(PACKAGE, SUB_SKU, SUB_EXPIRED);

            assertThat(s.expiryTime()).isEqualTo(START.minus(Duration.ofDays(15)));
            assertThat(s.isActiveAt(START)).isFalse();
            assertThat(s.isActiveAt(START.minus(Duration.ofDays(16)))).isTrue();
            assertThat(s.autoRenewing()).isFalse();
        }

        @Test
        void activeSubscriptionLapsesWhenTheClockPassesItsExpiry() {
            SubscriptionPurchase s = client().getSubscription(PACKAGE, SUB_SKU, SUB_ACTIVE);
            clock.advance(Duration.ofDays(21));

            assertThat(s.isActiveAt(clock.instant())).isFalse();
        }

        @Test
        void unknownTokenWrongSkuWrongPackageAndMissingPrefixAreNotFound() {
            CatappultClient client = client();
            for (Runnable call : new Runnable[] {
                () -> client.getSubscription(PACKAGE, SUB_SKU, PREFIX + "NOSUCHSUB00001"),
                () -> client.getSubscription(PACKAGE, "premium_yearly", SUB_ACTIVE),
                () -> client.getSubscriptionLegacy("com.example.other", SUB_SKU, SUB_ACTIVE),
                () -> client.getSubscription(PACKAGE, SUB_SKU, "DEMOSUBACTIVE1"),
                () -> client.getSubscription(PACKAGE, SKU, ACTIVE)
            }) {
                CatappultException e = catchThrowableOfType(CatappultException.class, call::run);
                assertThat(e.isNotFound()).isTrue();
                assertThat(e.code()).isEqualTo("NotFound");
            }
        }
    }

    @Nested
    class Acknowledge {
        /** A subscription bought just now and not yet acknowledged (PENDING). */
        static final String PENDING = PREFIX + "PENDINGSUB0001";

        @org.junit.jupiter.api.BeforeEach
        void aPendingSubscription() {
            add(PENDING, "now");
        }

        void add(String token, String startTime) {
            dev.storeemulator.client.admin.StoreEmulatorAdmin.connect(emulator.baseUrl())
                    .catappult()
                    .subscriptions()
                    .create(java.util.Map.of(
                            "token", token,
                            "packageName", PACKAGE,
                            "productId", SUB_SKU,
                            "startTime", startTime,
                            "acknowledged", false));
        }

        @Test
        void withTheApiKeyFlipsAcknowledgementState() {
            CatappultClient client = demo().apiKey(API_KEY).build();

            client.acknowledgeSubscription(PACKAGE, SUB_SKU, PENDING);

            assertThat(client.getSubscription(PACKAGE, SUB_SKU, PENDING).isAcknowledged())
                    .isTrue();
            assertThat(client.getSubscriptionLegacy(PACKAGE, SUB_SKU, PENDING).acknowledgementState())
                    .isEqualTo(1);
        }

        @Test
        void twiceIsHarmless() {
            CatappultClient client = demo().apiKey(API_KEY).build();
            client.acknowledgeSubscription(PACKAGE, SUB_SKU, PENDING);
            client.acknowledgeSubscription(PACKAGE, SUB_SKU, PENDING);

            assertThat(client.getSubscription(PACKAGE, SUB_SKU, PENDING).isAcknowledged())
                    .isTrue();
        }

        @Test
        void withoutAnApiKeyIsUnauthorized() {
            assertUnauthorized(client());
        }

        @Test
        void withAWrongApiKeyIsUnauthorized() {
            assertUnauthorized(demo().apiKey("wrong-key").build());
        }

        @Test
        void unknownSubscriptionIsNotFound() {
            CatappultException e = catchThrowableOfType(
                    CatappultException.class,
                    () -> demo().apiKey(API_KEY)
                            .build()
                            .acknowledgeSubscription(PACKAGE, SUB_SKU, PREFIX + "NOSUCHSUB00001"));

            assertThat(e.isNotFound()).isTrue();
        }

        @Test
        void moreThan48HoursAfterTheStartItIsTooLate() {
            String stale = PREFIX + "STALESUB000001";
            add(stale, "now-P3D");
            CatappultException e = catchThrowableOfType(
                    CatappultException.class,
                    () -> demo().apiKey(API_KEY).build().acknowledgeSubscription(PACKAGE, SUB_SKU, stale));

            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("Request.Conflict");
            SubscriptionPurchase revoked = client().getSubscription(PACKAGE, SUB_SKU, stale);
            assertThat(revoked.isAcknowledged()).isFalse();
            assertThat(revoked.autoRenewing()).isFalse();
            assertThat(revoked.expiryTime()).isEqualTo(START.minus(Duration.ofDays(1)));
        }

        private void assertUnauthorized(CatappultClient client) {
            CatappultException e = catchThrowableOfType(
                    CatappultException.class, () -> client.acknowledgeSubscription(PACKAGE, SUB_SKU, PENDING));

            assertThat(e.status()).isEqualTo(401);
            assertThat(e.isUnauthorized()).isTrue();
            assertThat(e.code()).isEqualTo("Authorization.Unauthorized");
            assertThat(client().getSubscription(PACKAGE, SUB_SKU, PENDING).isAcknowledged())
                    .isFalse();
        }
    }
}
