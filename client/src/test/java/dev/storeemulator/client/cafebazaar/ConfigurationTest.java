package dev.storeemulator.client.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    private static CafebazaarClientBuilder oauth() {
        return CafebazaarClient.builder().clientId("c").clientSecret("s");
    }

    @Nested
    class Timeouts {
        @Test
        void defaultToFiveSecondsToConnectAndTenPerRequest() {
            CafebazaarClient client = oauth().build();

            assertThat(client.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(client.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        }

        @Test
        void areConfigurable() {
            CafebazaarClient client = oauth().connectTimeout(Duration.ofMillis(750))
                    .requestTimeout(Duration.ofSeconds(3))
                    .build();

            assertThat(client.connectTimeout()).isEqualTo(Duration.ofMillis(750));
            assertThat(client.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
        }

        @Test
        void mustBePositive() {
            assertThatThrownBy(() -> oauth().connectTimeout(Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> oauth().requestTimeout(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> oauth().refreshMargin(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class BaseUrl {
        @Test
        void defaultsToTheRealHost() {
            assertThat(oauth().build().baseUrl()).isEqualTo("https://pardakht.cafebazaar.ir");
        }

        @Test
        void dropsTrailingSlashes() {
            assertThat(oauth().baseUrl("http://127.0.0.1:8080//").build().baseUrl())
                    .isEqualTo("http://127.0.0.1:8080");
        }

        @Test
        void mustBeAnAbsoluteHttpUrl() {
            assertThatThrownBy(() -> oauth().baseUrl("ftp://example.com")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> oauth().baseUrl("/relative")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> oauth().baseUrl("http://h/?q=1")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Credentials {
        @Test
        void oauthNeedsClientIdAndSecret() {
            assertThatThrownBy(() -> CafebazaarClient.builder().clientId("c").build())
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> CafebazaarClient.builder().build()).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void pishkhanExcludesOAuthSettings() {
            assertThatThrownBy(() -> oauth().pishkhanSecret("p").build()).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> CafebazaarClient.builder()
                            .pishkhanSecret("p")
                            .refreshToken("r")
                            .build())
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void keepsGivenTokensAndExpiry() {
            Instant expiry = Instant.parse("2030-01-01T00:00:00Z");
            CafebazaarClient client =
                    oauth().refreshToken("r").accessToken("a", expiry).build();

            assertThat(client.currentAccessToken()).isEqualTo("a");
            assertThat(client.currentRefreshToken()).isEqualTo("r");
            assertThat(client.accessTokenExpiresAt()).isEqualTo(expiry);
        }
    }

    @Nested
    class PathSegments {
        @Test
        void arePercentEncoded() {
            assertThat(ApiPaths.segment("t", "a b/c?d#e%f+g")).isEqualTo("a%20b%2Fc%3Fd%23e%25f%2Bg");
            assertThat(ApiPaths.segment("t", "..")).isEqualTo("%2E%2E");
            assertThat(ApiPaths.segment("t", "com.example.game")).isEqualTo("com.example.game");
        }

        @Test
        void mustNotBeEmptyOrNull() {
            assertThatThrownBy(() -> ApiPaths.segment("purchaseToken", ""))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ApiPaths.segment("purchaseToken", null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void endInASlashAsDocumented() {
            assertThat(ApiPaths.validate("p", "i", "t")).isEqualTo("/devapi/v2/api/validate/p/inapp/i/purchases/t/");
            assertThat(ApiPaths.subscription("p", "s", "t"))
                    .isEqualTo("/devapi/v2/api/applications/p/subscriptions/s/purchases/t/");
            assertThat(ApiPaths.cancel("p", "s", "t"))
                    .isEqualTo("/devapi/v2/api/applications/p/subscriptions/s/purchases/t/cancel/");
            assertThat(ApiPaths.consume("p")).isEqualTo("/devapi/v2/api/consume/p/purchases/");
        }
    }
}
