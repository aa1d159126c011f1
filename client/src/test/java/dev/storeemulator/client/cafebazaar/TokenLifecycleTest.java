package dev.storeemulator.client.cafebazaar;

import static dev.storeemulator.client.cafebazaar.DemoWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.testsupport.StubServer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TokenLifecycleTest extends EmulatorTest {
    private final List<TokenResponse> refreshes = new CopyOnWriteArrayList<>();

    private CafebazaarClient clientWithRefreshToken() {
        return oauthClient(emulator)
                .refreshToken(REFRESH_TOKEN)
                .tokenListener(refreshes::add)
                .build();
    }

    @Nested
    class AutomaticRefresh {
        @Test
        void fetchesAnAccessTokenOnTheFirstCallWhenOnlyARefreshTokenIsKnown() {
            CafebazaarClient client = clientWithRefreshToken();

            client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);

            assertThat(refreshes).hasSize(1);
            assertThat(client.currentAccessToken()).isEqualTo(refreshes.get(0).accessToken());
        }

        @Test
        void refreshesWithinTheMarginBeforeExpiryWhileTheOldTokenStillWorks() {
            CafebazaarClient client = clientWithRefreshToken();
            client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);
            String first = client.currentAccessToken();

            clock.advance(Duration.ofSeconds(3600 - 50)); // the emulator still accepts `first` for 50 s
            client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);

            assertThat(refreshes).hasSize(2);
            assertThat(client.currentAccessToken())
                    .isNotEqualTo(first)
                    .isEqualTo(refreshes.get(1).accessToken());
        }

        @Test
        void keepsTheTokenUntilTheMarginIsReached() {
            CafebazaarClient client = clientWithRefreshToken();
            client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);
            String first = client.currentAccessToken();

            clock.advance(Duration.ofSeconds(3600 - 90));
            client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);

            assertThat(refreshes).hasSize(1);
            assertThat(client.currentAccessToken()).isEqualTo(first);
        }

        @Test
        void honoursAConfiguredMargin() {
            CafebazaarClient client = oauthClient(emulator)
                    .refreshToken(REFRESH_TOKEN)
                    .refreshMargin(Duration.ofMinutes(10))
                    .tokenListener(refreshes::add)
                    .build();
            client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);

            clock.advance(Duration.ofSeconds(3600 - 590));
            client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);

            assertThat(refreshes).hasSize(2);
        }

        @Test
        void refreshesAGivenTokenByItsGivenExpiry() {
            CafebazaarClient client = oauthClient(emulator)
                    .refreshToken(REFRESH_TOKEN)
                    .accessToken(ACCESS_TOKEN, clock.instant().plusSeconds(30))
                    .tokenListener(refreshes::add)
                    .build();

            client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);

            assertThat(refreshes).hasSize(1);
            assertThat(client.currentAccessToken()).isNotEqualTo(ACCESS_TOKEN);
        }

        @Test
        void concurrentCallersShareOneRefresh() throws Exception {
            CafebazaarClient client = clientWithRefreshToken();
            int callers = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            try {
                List<Future<InAppPurchase>> results = new ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);
                    }));
                }
                start.countDown();
                for (Future<InAppPurchase> result : results) {
                    assertThat(result.get().developerPayload()).isEqualTo("something");
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(refreshes).hasSize(1);
        }
    }

    @Nested
    class RetryAfterUnauthorized {
        @Test
        void refreshesOnceAndRetriesWhenTheTokenIsRejected() {
            CafebazaarClient client = oauthClient(emulator)
                    .refreshToken(REFRESH_TOKEN)
                    .accessToken("bogus-access-token")
                    .tokenListener(refreshes::add)
                    .build();

            InAppPurchase purchase = client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);

            assertThat(purchase.developerPayload()).isEqualTo("something");
            assertThat(refreshes).hasSize(1);
            assertThat(client.currentAccessToken()).isEqualTo(refreshes.get(0).accessToken());
        }

        @Test
        void recoversWhenTheStoreExpiredTheTokenBeforeTheClientsClockSaidSo() {
            Clock frozenClientClock = Clock.fixed(clock.instant(), clock.getZone());
            CafebazaarClient client = oauthClient(emulator)
                    .clock(frozenClientClock)
                    .refreshToken(REFRESH_TOKEN)
                    .tokenListener(refreshes::add)
                    .build();
            client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);

            clock.advance(Duration.ofHours(2));
            client.getSubscription(PACKAGE, SUBSCRIPTION, SUB_ACTIVE);

            assertThat(refreshes).hasSize(2);
        }

        @Test
        void surfacesTheRefreshFailureWithTheRejectionAttached() {
            CafebazaarClient client = oauthClient(emulator)
                    .refreshToken("no-such-refresh-token")
                    .accessToken("bogus-access-token")
                    .build();

            assertThatThrownBy(() -> client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE))
                    .isInstanceOfSatisfying(CafebazaarException.class, e -> {
                        assertThat(e.error()).isEqualTo("invalid_grant");
                        assertThat(e.getSuppressed())
                                .singleElement()
                                .isInstanceOfSatisfying(CafebazaarException.class, first -> {
                                    assertThat(first.status()).isEqualTo(401);
                                    assertThat(first.error()).isEqualTo("invalid_credentials");
                                });
                    });
        }

        @Test
        void withoutARefreshTokenTheRejectionSurfaces() {
            CafebazaarClient client =
                    oauthClient(emulator).accessToken("bogus-access-token").build();

            assertThatThrownBy(() -> client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE))
                    .isInstanceOfSatisfying(CafebazaarException.class, e -> {
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.error()).isEqualTo("invalid_credentials");
                        assertThat(e.errorDescription()).isEqualTo("The access token is invalid.");
                        assertThat(e.isAuthenticationFailure()).isTrue();
                    });
        }

        @Test
        void aSecond401SurfacesAfterExactlyOneRefresh() {
            String token = "{\"access_token\":\"fresh\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                    + "\"scope\":\"androidpublisher\"}";
            String rejected =
                    "{\"error\":\"invalid_credentials\",\"error_description\":\"The access token is invalid.\"}";
            try (StubServer store = new StubServer(r -> r.rawPath().equals("/devapi/v2/auth/token/")
                    ? StubServer.Answer.json(200, token)
                    : StubServer.Answer.json(401, rejected))) {
                CafebazaarClient client = CafebazaarClient.builder()
                        .baseUrl(store.baseUrl())
                        .clientId(CLIENT_ID)
                        .clientSecret(CLIENT_SECRET)
                        .refreshToken("kept")
                        .accessToken("stale")
                        .build();

                assertThatThrownBy(() -> client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE))
                        .isInstanceOfSatisfying(CafebazaarException.class, e -> {
                            assertThat(e.status()).isEqualTo(401);
                            assertThat(e.error()).isEqualTo("invalid_credentials");
                        });
                assertThat(store.received())
                        .extracting(StubServer.Received::rawQuery)
                        .containsExactly("access_token=stale", null, "access_token=fresh");
                assertThat(store.received().get(1).body())
                        .isEqualTo("grant_type=refresh_token&client_id=demo-client-id"
                                + "&client_secret=demo-client-secret&refresh_token=kept");
                assertThat(client.currentRefreshToken()).isEqualTo("kept");
            }
        }
    }
}
