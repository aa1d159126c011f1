package dev.storeemulator.client.cafebazaar;

import static dev.storeemulator.client.cafebazaar.DemoWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.emulator.cafebazaar.CafebazaarModule;
import dev.storeemulator.emulator.cafebazaar.Subscription;
import dev.storeemulator.testsupport.StubServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SubscriptionEndpointsTest extends EmulatorTest {
    private static final String SUBSCRIPTION_NOT_FOUND = "The requested subscription is not found!";

    @Nested
    class GetSubscription {
        @Test
        void returnsAnActiveAutoRenewingSubscription() {
            SubscriptionPurchase s = demoClient(emulator).getSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE);

            assertThat(s.kind()).isEqualTo("androidpublisher#subscriptionPurchase");
            assertThat(s.autoRenewing()).isTrue();
            assertThat(s.isActiveAt(clock.instant())).isTrue();
            assertThat(s.validUntilInstant())
                    .isBetween(
                            clock.instant().plus(Duration.ofDays(19)),
                            clock.instant().plus(Duration.ofDays(20)));
            assertThat(s.initiationInstant()).isBefore(clock.instant().minus(Duration.ofDays(39)));
            assertThat(s.linkedSubscriptionToken()).isEqualTo(SUB_ACTIVE);
        }

        @Test
        void aLaterBillingsTokenFindsTheSameSubscription() {
            CafebazaarClient client = demoClient(emulator);

            assertThat(client.getSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE_RENEWAL))
                    .isEqualTo(client.getSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE));
        }

        @Test
        void anExpiredSubscriptionAnswers200ButIsNotActive() {
            SubscriptionPurchase s = demoClient(emulator).getSubscription(PACKAGE, SUBSCRIPTION, SUB_EXPIRED);

            assertThat(s.isActiveAt(clock.instant())).isFalse();
        }

        @Test
        void renewsWhileAutoRenewingAndLapsesOnceCancelled() {
            CafebazaarClient client = demoClient(emulator);
            clock.advance(Duration.ofDays(21));
            assertThat(client.getSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE).isActiveAt(clock.instant()))
                    .isTrue();

            client.cancelSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE);
            clock.advance(Duration.ofDays(31));
            assertThat(client.getSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE).isActiveAt(clock.instant()))
                    .isFalse();
        }

        @Test
        void anUnknownTokenIsNotFound() {
            CafebazaarException e = Expect.failure(
                    () -> demoClient(emulator).getSubscription(PACKAGE, SUBSCRIPTION, "no-such-subscription"),
                    404,
                    "not_found",
                    SUBSCRIPTION_NOT_FOUND);

            assertThat(e.isNotFound()).isTrue();
        }

        @Test
        void anotherSubscriptionIdIsNotFound() {
            Expect.failure(
                    () -> demoClient(emulator).getSubscription(PACKAGE, "premium_yearly", SUB_ACTIVE),
                    404,
                    "not_found",
                    SUBSCRIPTION_NOT_FOUND);
        }

        @Test
        void anotherAccountsPackageIsAnInvalidValue() {
            Expect.failure(
                    () -> demoClient(emulator).getSubscription(OTHER_PACKAGE, SUBSCRIPTION, SUB_ACTIVE),
                    404,
                    "invalid_value",
                    "Package name is invalid");
        }
    }

    @Nested
    class CancelSubscription {
        @Test
        void stopsRenewalButKeepsTheSubscriptionValid() {
            CafebazaarClient client = demoClient(emulator);

            client.cancelSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE);

            SubscriptionPurchase s = client.getSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE);
            assertThat(s.autoRenewing()).isFalse();
            assertThat(s.isActiveAt(clock.instant())).isTrue();
        }

        @Test
        void worksWithALaterBillingsToken() {
            CafebazaarClient client = demoClient(emulator);

            client.cancelSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE_RENEWAL);

            assertThat(client.getSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE).autoRenewing())
                    .isFalse();
        }

        @Test
        void cancellingACancelledSubscriptionIsAnInvalidValue() {
            Expect.failure(
                    () -> demoClient(emulator).cancelSubscription(PACKAGE, SUBSCRIPTION, SUB_CANCELLED),
                    400,
                    "invalid_value",
                    "The subscription is already cancelled.");
        }

        @Test
        void cancellingAnExpiredSubscriptionIsAnInvalidValue() {
            assertThatThrownBy(() -> demoClient(emulator).cancelSubscription(PACKAGE, SUBSCRIPTION, SUB_EXPIRED))
                    .isInstanceOfSatisfying(CafebazaarException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.error()).isEqualTo("invalid_value");
                    });
        }

        @Test
        void cancellingALapsedSubscriptionSaysItExpired() {
            emulator.store(CafebazaarModule.class)
                    .state()
                    .putSubscription(new Subscription(
                            PACKAGE,
                            SUBSCRIPTION,
                            clock.instant().minus(Duration.ofDays(60)),
                            clock.instant().minus(Duration.ofDays(1)),
                            false,
                            List.of("lapsed-sub")));

            Expect.failure(
                    () -> demoClient(emulator).cancelSubscription(PACKAGE, SUBSCRIPTION, "lapsed-sub"),
                    400,
                    "invalid_value",
                    "The subscription has expired.");
        }

        @Test
        void anUnknownTokenIsNotFound() {
            Expect.failure(
                    () -> demoClient(emulator).cancelSubscription(PACKAGE, SUBSCRIPTION, "no-such-subscription"),
                    404,
                    "not_found",
                    SUBSCRIPTION_NOT_FOUND);
        }

        @Test
        void usesAGetOnTheCancelPath() {
            try (StubServer store = new StubServer(r -> StubServer.Answer.json(200, "{}"))) {
                CafebazaarClient client = CafebazaarClient.builder()
                        .baseUrl(store.baseUrl() + "/")
                        .pishkhanSecret("s")
                        .build();

                client.cancelSubscription("com.example.game", "premium/monthly", "t k");

                StubServer.Received sent = store.received().get(0);
                assertThat(sent.method()).isEqualTo("GET");
                assertThat(sent.rawPath())
                        .isEqualTo("/devapi/v2/api/applications/com.example.game/subscriptions/"
                                + "premium%2Fmonthly/purchases/t%20k/cancel/");
            }
        }
    }
}
