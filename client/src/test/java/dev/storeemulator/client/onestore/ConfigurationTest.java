package dev.storeemulator.client.onestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Nested
    class Builder {
        @Test
        void defaults() {
            OneStoreClientBuilder b = OneStoreClient.builder();
            assertThat(b.baseUrl)
                    .isEqualTo("https://sbpp.onestore.co.kr")
                    .isEqualTo(OneStoreClientBuilder.SANDBOX_BASE_URL);
            assertThat(OneStoreClientBuilder.COMMERCIAL_BASE_URL).isEqualTo("https://apis.onestore.co.kr");
            assertThat(b.clock).isEqualTo(Clock.systemUTC());
            assertThat(b.connectTimeout).isEqualTo(Duration.ofSeconds(5));
            assertThat(b.requestTimeout).isEqualTo(Duration.ofSeconds(10));
            OneStoreClient client = b.clientId("com.example.game")
                    .clientSecret("s")
                    .baseUrl("http://localhost:1/")
                    .build();
            assertThat(client.baseUrl()).isEqualTo("http://localhost:1");
            assertThat(client.currentAccessToken()).isNull();
            assertThat(client.accessTokenExpiresAt()).isNull();
        }

        @Test
        void rejectsBadSettings() {
            assertThatThrownBy(() -> OneStoreClient.builder().clientId("a").build())
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> OneStoreClient.builder().baseUrl("ftp://x"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> OneStoreClient.builder().baseUrl("http://x?q=1"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> OneStoreClient.builder().connectTimeout(Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> OneStoreClient.builder().header("Authorization", "x"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> OneStoreClient.builder().header("Host", "x"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> OneStoreClient.builder().clientId(""))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Records {
        @Test
        void consumptionStateOneIsConsumedOnOneStore() {
            assertThat(new PurchaseDetails(1, "", 0, 0).isConsumed()).isTrue();
            assertThat(new PurchaseDetails(0, "", 1, 0).isConsumed()).isFalse();
            assertThat(new PurchaseDetails(0, "", 1, 0).isCancelled()).isTrue();
        }

        @Test
        void recurringIsActiveWithinItsPeriodUnlessCancelled() {
            RecurringPurchaseDetails r = new RecurringPurchaseDetails("p", "s", 1000, 1000, 2000, null, 1, null, 0);
            assertThat(r.isActiveAt(Instant.ofEpochMilli(999))).isFalse();
            assertThat(r.isActiveAt(Instant.ofEpochMilli(1000))).isTrue();
            assertThat(r.isActiveAt(Instant.ofEpochMilli(2000))).isFalse();
            assertThat(r.isRenewing()).isFalse();
            assertThat(new RecurringPurchaseDetails("p", "s", 1000, 1000, 2000, 2000L, 0, null, 1)
                            .isActiveAt(Instant.ofEpochMilli(1500)))
                    .isFalse();
        }

        @Test
        void theAccessTokenIsHiddenFromToString() {
            AccessToken t = new AccessToken("SUCCESS", "com.example.game", "secret-uuid", "bearer", 3600, "DEFAULT");
            assertThat(t.toString()).doesNotContain("secret-uuid").contains("expiresIn=3600");
            assertThat(t.lifetime()).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void queriesValidateTheirPageSize() {
            assertThatThrownBy(() -> VoidedPurchasesQuery.defaults().withMaxResults(0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> VoidedPurchasesQuery.defaults().withMaxResults(1000))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(VoidedPurchasesQuery.defaults().toQueryString()).isEmpty();
            assertThat(new VoidedPurchasesPage(null, "").voidedPurchaseList()).isEmpty();
            assertThat(new VoidedPurchasesPage(null, "").continuationKey()).isNull();
        }
    }
}
