package dev.storeemulator.client.cafebazaar;

import static dev.storeemulator.client.cafebazaar.DemoWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.testsupport.StubServer;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PishkhanModeTest extends EmulatorTest {

    private static CafebazaarClient pishkhanClient(String secret) {
        return CafebazaarClient.builder()
                .baseUrl(emulator.baseUrl())
                .pishkhanSecret(secret)
                .build();
    }

    @Nested
    class WithTheRightSecret {
        @Test
        void validatesPurchases() {
            assertThat(pishkhanClient(PISHKHAN_SECRET)
                            .validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE)
                            .developerPayload())
                    .isEqualTo("something");
        }

        @Test
        void readsCancelsAndConsumes() {
            CafebazaarClient client = pishkhanClient(PISHKHAN_SECRET);

            client.cancelSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE);
            client.consume(PACKAGE, PURCHASE_ACTIVE);

            assertThat(client.getSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE).autoRenewing())
                    .isFalse();
            assertThat(client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE)
                            .isConsumed())
                    .isTrue();
        }

        @Test
        void keepsWorkingAsTimePassesWithoutAnyToken() {
            CafebazaarClient client = pishkhanClient(PISHKHAN_SECRET);
            clock.advance(Duration.ofDays(2));

            assertThat(client.getSubscription(PACKAGE, SUBSCRIPTION, SUB_CANCELLED)
                            .autoRenewing())
                    .isFalse();
            assertThat(client.currentAccessToken()).isNull();
            assertThat(client.currentRefreshToken()).isNull();
            assertThat(client.accessTokenExpiresAt()).isNull();
        }

        @Test
        void sendsTheSecretHeaderAndNoAccessToken() {
            try (StubServer store = new StubServer(r ->
                    StubServer.Answer.json(200, "{\"consumptionState\":1,\"purchaseState\":0,\"purchaseTime\":1}"))) {
                CafebazaarClient client = CafebazaarClient.builder()
                        .baseUrl(store.baseUrl())
                        .pishkhanSecret("s3cret")
                        .build();

                client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);

                // Look the request up by its secret, not by position: a stray request from an earlier test's
                // connection can land on a reused ephemeral port (seen once in CI).
                assertThat(store.received())
                        .filteredOn(r -> r.header("CAFEBAZAAR-PISHKHAN-API-SECRET") != null)
                        .singleElement()
                        .satisfies(sent -> {
                            assertThat(sent.header("CAFEBAZAAR-PISHKHAN-API-SECRET"))
                                    .isEqualTo("s3cret");
                            assertThat(sent.rawQuery()).isNull();
                            assertThat(sent.header("Authorization")).isNull();
                            assertThat(sent.rawPath())
                                    .isEqualTo("/devapi/v2/api/validate/com.example.game/inapp/"
                                            + "coins_100/purchases/demo-purchase-active/");
                        });
            }
        }
    }

    @Nested
    class WithAWrongSecret {
        @Test
        void isForbiddenAndNeverRefreshed() {
            CafebazaarException e = Expect.failure(
                    () -> pishkhanClient("wrong-secret").validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE),
                    403,
                    "invalid_credentials",
                    "The Pishkhan API secret is invalid.");

            assertThat(e.isAuthenticationFailure()).isTrue();
        }

        @Test
        void anotherAccountsSecretDoesNotOpenThePackage() {
            Expect.failure(
                    () -> pishkhanClient(OTHER_PISHKHAN_SECRET).validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE),
                    404,
                    "invalid_value",
                    "Package name is invalid");
        }
    }

    @Nested
    class OAuthOperations {
        @Test
        void areUnavailable() {
            CafebazaarClient client = pishkhanClient(PISHKHAN_SECRET);

            assertThatThrownBy(() -> client.authorizationUrl(null)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> client.exchangeCode("code")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(client::refresh).isInstanceOf(IllegalStateException.class);
        }
    }
}
