package dev.storeemulator.client.onestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.testsupport.StubServer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TokenHandlingTest extends OneStoreEmulatorTest {

    @Nested
    class Caching {
        @Test
        void oneTokenServesManyCalls() {
            OneStoreClient client = client();
            client.getPurchaseDetails(UNCONSUMED);
            String token = client.currentAccessToken();
            client.getPurchaseDetails(CONSUMED);
            client.getRecurringPurchaseDetails(RENEWING);
            assertThat(client.tokenRequests()).isEqualTo(1);
            assertThat(client.currentAccessToken()).isEqualTo(token);
            assertThat(client.accessTokenExpiresAt()).isEqualTo(START.plusSeconds(3600));
        }

        @Test
        void renewsOnceSixHundredSecondsOrLessRemain() {
            OneStoreClient client = client();
            client.getPurchaseDetails(UNCONSUMED);
            String first = client.currentAccessToken();
            clock.advance(Duration.ofSeconds(2999));
            client.getPurchaseDetails(UNCONSUMED);
            assertThat(client.tokenRequests()).isEqualTo(1);
            clock.advance(Duration.ofSeconds(1));
            client.getPurchaseDetails(UNCONSUMED);
            assertThat(client.tokenRequests()).isEqualTo(2);
            assertThat(client.currentAccessToken()).isNotEqualTo(first);
            assertThat(client.accessTokenExpiresAt()).isEqualTo(START.plusSeconds(3000 + 3600));
        }

        @Test
        void askingEarlierReturnsTheSameTokenWithItsRemainingLifetime() {
            OneStoreClient client = client();
            AccessToken first = client.getAccessToken();
            clock.advance(Duration.ofSeconds(2000));
            AccessToken again = client.getAccessToken();
            assertThat(again.accessToken()).isEqualTo(first.accessToken());
            assertThat(again.expiresIn()).isEqualTo(1600);
            assertThat(client.accessTokenExpiresAt()).isEqualTo(START.plusSeconds(3600));
            assertThat(again.toString()).doesNotContain(first.accessToken()).contains("expiresIn=1600");
        }
    }

    @Nested
    class RetryAfter401 {
        @Test
        void recoversWhenTheStoreForgetsTheToken() {
            OneStoreClient client = client();
            client.getPurchaseDetails(UNCONSUMED);
            String first = client.currentAccessToken();
            emulator.reset();
            assertThat(client.getPurchaseDetails(UNCONSUMED).isConsumed()).isFalse();
            assertThat(client.tokenRequests()).isEqualTo(2);
            assertThat(client.currentAccessToken()).isNotEqualTo(first);
        }

        @Test
        void recoversFromAccessTokenExpiredWhenTheClientsClockLags() {
            OneStoreClient client =
                    demo().clock(Clock.fixed(START, ZoneOffset.UTC)).build();
            client.getPurchaseDetails(UNCONSUMED);
            clock.advance(Duration.ofSeconds(3600));
            assertThat(client.getPurchaseDetails(CONSUMED).isConsumed()).isTrue();
            assertThat(client.tokenRequests()).isEqualTo(2);
        }

        @Test
        void aSecond401SurfacesAndExactlyOneRetryIsMade() {
            try (StubServer stub = stubAfterToken(r ->
                    StubServer.Answer.json(401, "{\"error\":{\"code\":\"InvalidAccessToken\",\"message\":\"no\"}}"))) {
                OneStoreClient client = stubClient(stub);
                assertThatThrownBy(() -> client.getPurchaseDetails(UNCONSUMED))
                        .isInstanceOfSatisfying(OneStoreException.class, e -> {
                            assertThat(e.status()).isEqualTo(401);
                            assertThat(e.code()).isEqualTo("InvalidAccessToken");
                            assertThat(e.errorMessage()).isEqualTo("no");
                        });
                assertThat(stub.received())
                        .extracting(StubServer.Received::rawPath)
                        .containsExactly(
                                "/v2/oauth/token", "/v2/purchase/details/" + UNCONSUMED + "/" + PACKAGE,
                                "/v2/oauth/token", "/v2/purchase/details/" + UNCONSUMED + "/" + PACKAGE);
                assertThat(stub.received().get(1).header("Authorization")).isEqualTo("Bearer tok");
                assertThat(stub.received().get(0).body())
                        .isEqualTo(
                                "grant_type=client_credentials&client_id=com.example.game&client_secret=demo-client-secret");
            }
        }
    }

    @Nested
    class Credentials {
        @Test
        void aWrongSecretIsInvalidClient() {
            OneStoreClient client = demo().clientSecret("wrong").build();
            assertThatThrownBy(() -> client.getPurchaseDetails(UNCONSUMED))
                    .isInstanceOfSatisfying(OneStoreException.class, e -> {
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.isInvalidClient()).isTrue();
                        assertThat(e.isNoSuchData()).isFalse();
                    });
        }

        @Test
        void concurrentCallersShareOneTokenRequest() throws Exception {
            OneStoreClient client = client();
            int threads = 8;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<PurchaseDetails>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    results.add(pool.submit(() -> {
                        go.await();
                        return client.getPurchaseDetails(CONSUMED);
                    }));
                }
                go.countDown();
                for (Future<PurchaseDetails> r : results) {
                    assertThat(r.get().isConsumed()).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(client.tokenRequests()).isEqualTo(1);
        }
    }
}
