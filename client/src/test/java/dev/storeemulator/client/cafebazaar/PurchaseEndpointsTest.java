package dev.storeemulator.client.cafebazaar;

import static dev.storeemulator.client.cafebazaar.DemoWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.StubServer;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PurchaseEndpointsTest extends EmulatorTest {
    private static final String PURCHASE_NOT_FOUND = "The requested purchase is not found!";

    @Nested
    class ValidatePurchase {
        @Test
        void returnsAnUnconsumedPurchaseFieldForField() {
            InAppPurchase p = demoClient(emulator).validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);

            assertThat(p)
                    .isEqualTo(new InAppPurchase(1, 0, "androidpublisher#inappPurchase", "something", 1414181378566L));
            assertThat(p.isConsumed()).isFalse();
            assertThat(p.isRefunded()).isFalse();
            assertThat(p.purchaseTimeInstant()).isEqualTo(Instant.ofEpochMilli(1414181378566L));
        }

        @Test
        void reportsAConsumedPurchaseWithConsumptionStateZero() {
            InAppPurchase p = demoClient(emulator).validatePurchase(PACKAGE, PRODUCT, PURCHASE_CONSUMED);

            assertThat(p.consumptionState()).isZero();
            assertThat(p.isConsumed()).isTrue();
        }

        @Test
        void reportsARefundedPurchase() {
            InAppPurchase p = demoClient(emulator).validatePurchase(PACKAGE, PRODUCT, PURCHASE_REFUNDED);

            assertThat(p.purchaseState()).isEqualTo(1);
            assertThat(p.isRefunded()).isTrue();
        }

        @Test
        void anUnknownTokenIsNotFound() {
            CafebazaarException e = Expect.failure(
                    () -> demoClient(emulator).validatePurchase(PACKAGE, PRODUCT, "no-such-purchase"),
                    404,
                    "not_found",
                    PURCHASE_NOT_FOUND);

            assertThat(e.isNotFound()).isTrue();
        }

        @Test
        void anotherProductsTokenIsNotFound() {
            Expect.failure(
                    () -> demoClient(emulator).validatePurchase(PACKAGE, "coins_500", PURCHASE_ACTIVE),
                    404,
                    "not_found",
                    PURCHASE_NOT_FOUND);
        }

        @Test
        void encodesPathSegmentsSoOddTokensStillReachTheEndpoint() {
            Expect.failure(
                    () -> demoClient(emulator).validatePurchase(PACKAGE, PRODUCT, "a token?with#odd chars"),
                    404,
                    "not_found",
                    PURCHASE_NOT_FOUND);
        }

        @Test
        void anotherAccountsPackageIsAnInvalidValue() {
            CafebazaarException e = Expect.failure(
                    () -> demoClient(emulator).validatePurchase(OTHER_PACKAGE, PRODUCT, PURCHASE_ACTIVE),
                    404,
                    "invalid_value",
                    "Package name is invalid");

            assertThat(e.isNotFound()).isFalse();
        }
    }

    @Nested
    class Consume {
        @Test
        void marksThePurchaseConsumed() {
            CafebazaarClient client = demoClient(emulator);

            client.consume(PACKAGE, PURCHASE_ACTIVE);

            assertThat(client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE)
                            .isConsumed())
                    .isTrue();
        }

        @Test
        void consumingTwiceIsAlreadyConsumed() {
            CafebazaarClient client = demoClient(emulator);
            client.consume(PACKAGE, PURCHASE_ACTIVE);

            CafebazaarException e = Expect.failure(
                    () -> client.consume(PACKAGE, PURCHASE_ACTIVE),
                    400,
                    "already_consumed",
                    "The purchase is already consumed.");
            assertThat(e.isAlreadyConsumed()).isTrue();
        }

        @Test
        void aRefundedPurchaseCannotBeConsumed() {
            Expect.failure(
                    () -> demoClient(emulator).consume(PACKAGE, PURCHASE_REFUNDED),
                    400,
                    "is_refunded",
                    "The purchase is refunded.");
        }

        @Test
        void aSubscriptionCannotBeConsumed() {
            Expect.failure(
                    () -> demoClient(emulator).consume(PACKAGE, SUB_ACTIVE),
                    400,
                    "is_subscription",
                    "A subscription cannot be consumed.");
        }

        @Test
        void anUnknownTokenIsNotFound() {
            Expect.failure(
                    () -> demoClient(emulator).consume(PACKAGE, "no-such-purchase"),
                    404,
                    "not_found",
                    PURCHASE_NOT_FOUND);
        }

        @Test
        void sendsTheTokenAsJsonToTheDocumentedPath() {
            try (StubServer store = new StubServer(r -> StubServer.Answer.json(200, "{}"))) {
                CafebazaarClient client = CafebazaarClient.builder()
                        .baseUrl(store.baseUrl())
                        .clientId(CLIENT_ID)
                        .clientSecret(CLIENT_SECRET)
                        .accessToken("t k")
                        .build();

                client.consume("com.example.game", "tok\"en");

                StubServer.Received sent = store.received().get(0);
                assertThat(sent.method()).isEqualTo("POST");
                assertThat(sent.rawPath()).isEqualTo("/devapi/v2/api/consume/com.example.game/purchases/");
                assertThat(sent.rawQuery()).isEqualTo("access_token=t+k");
                assertThat(sent.header("Content-Type")).isEqualTo("application/json");
                assertThat(sent.body()).isEqualTo("{\"token\":\"tok\\\"en\"}");
            }
        }
    }
}
