package dev.storeemulator.client.cafebazaar;

import static dev.storeemulator.client.cafebazaar.DemoWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OAuthFlowTest extends EmulatorTest {

    @Nested
    class AuthorizationUrl {
        @Test
        void pointsAtTheAuthorizePageWithEveryParameterEncoded() {
            URI url = oauthClient(emulator).build().authorizationUrl("a b&c");

            assertThat(url.toString()).startsWith(emulator.baseUrl() + "/devapi/v2/auth/authorize/?");
            assertThat(url.getRawQuery())
                    .isEqualTo(
                            "response_type=code&access_type=offline"
                                    + "&redirect_uri=http%3A%2F%2Flocalhost%3A8765%2Fcallback&client_id=demo-client-id&state=a+b%26c");
        }

        @Test
        void leavesStateOutWhenNull() {
            URI url = oauthClient(emulator).build().authorizationUrl(null);

            assertThat(url.getRawQuery()).doesNotContain("state=").endsWith("client_id=demo-client-id");
        }

        @Test
        void opensAnHtmlPageWithAnAuthorizeForm() throws Exception {
            URI url = oauthClient(emulator).build().authorizationUrl(null);
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains(
                            "<form method=\"POST\" action=\".\"><input type='hidden' name='csrfmiddlewaretoken' value='");
        }

        @Test
        void defaultsToTheRealHost() {
            URI url = CafebazaarClient.builder()
                    .clientId("c")
                    .clientSecret("s")
                    .redirectUri("https://x.example/cb")
                    .build()
                    .authorizationUrl(null);

            assertThat(url.toString()).startsWith("https://pardakht.cafebazaar.ir/devapi/v2/auth/authorize/?");
        }

        @Test
        void needsARedirectUri() {
            CafebazaarClient client =
                    CafebazaarClient.builder().clientId("c").clientSecret("s").build();

            assertThatThrownBy(() -> client.authorizationUrl(null)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class CodeExchange {
        @Test
        void fullFlowFromAuthorizePageToAValidatedPurchase() throws Exception {
            CafebazaarClient client = oauthClient(emulator).build();
            URI redirect = authorize(client.authorizationUrl("xyz"));
            String code = queryParam(redirect, "code");

            assertThat(redirect.toString()).startsWith(REDIRECT_URI + "?");
            assertThat(queryParam(redirect, "state")).isEqualTo("xyz");
            assertThat(code).hasSize(40);

            TokenResponse tokens = client.exchangeCode(code);
            assertThat(tokens.accessToken()).isNotBlank();
            assertThat(tokens.refreshToken()).isNotBlank();
            assertThat(tokens.tokenType()).isEqualTo("Bearer");
            assertThat(tokens.expiresIn()).isEqualTo(3600);
            assertThat(tokens.scope()).isEqualTo("androidpublisher");
            assertThat(client.currentAccessToken()).isEqualTo(tokens.accessToken());
            assertThat(client.currentRefreshToken()).isEqualTo(tokens.refreshToken());
            assertThat(client.accessTokenExpiresAt())
                    .isBetween(
                            clock.instant().plusSeconds(3590), clock.instant().plusSeconds(3600));

            InAppPurchase purchase = client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);
            assertThat(purchase.developerPayload()).isEqualTo("something");
        }

        @Test
        void aCodeWorksOnlyOnce() throws Exception {
            CafebazaarClient client = oauthClient(emulator).build();
            String code = queryParam(authorize(client.authorizationUrl(null)), "code");
            client.exchangeCode(code);

            assertThatThrownBy(() -> client.exchangeCode(code)).isInstanceOfSatisfying(CafebazaarException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.error()).isEqualTo("invalid_grant");
            });
        }

        @Test
        void anExpiredCodeIsAnInvalidGrant() throws Exception {
            CafebazaarClient client = oauthClient(emulator).build();
            String code = queryParam(authorize(client.authorizationUrl(null)), "code");
            clock.advance(java.time.Duration.ofMinutes(11));

            assertThatThrownBy(() -> client.exchangeCode(code)).isInstanceOfSatisfying(CafebazaarException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.error()).isEqualTo("invalid_grant");
                assertThat(e.errorDescription()).isEqualTo("The authorization code has expired.");
            });
        }

        @Test
        void aWrongClientSecretIsAnInvalidClient() throws Exception {
            String code = queryParam(authorize(oauthClient(emulator).build().authorizationUrl(null)), "code");
            CafebazaarClient wrongSecret =
                    oauthClient(emulator).clientSecret("wrong").build();

            assertThatThrownBy(() -> wrongSecret.exchangeCode(code))
                    .isInstanceOfSatisfying(CafebazaarException.class, e -> {
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.error()).isEqualTo("invalid_client");
                        assertThat(e.errorDescription()).isEqualTo("Client authentication failed.");
                    });
        }

        @Test
        void anotherClientsCodeIsAnInvalidGrant() throws Exception {
            String code = queryParam(authorize(oauthClient(emulator).build().authorizationUrl(null)), "code");
            CafebazaarClient other = oauthClient(emulator)
                    .clientId(OTHER_CLIENT_ID)
                    .clientSecret(OTHER_CLIENT_SECRET)
                    .build();

            assertThatThrownBy(() -> other.exchangeCode(code))
                    .isInstanceOfSatisfying(
                            CafebazaarException.class,
                            e -> assertThat(e.error()).isEqualTo("invalid_grant"));
        }

        @Test
        void tellsTheTokenListener() throws Exception {
            List<TokenResponse> seen = new CopyOnWriteArrayList<>();
            CafebazaarClient client =
                    oauthClient(emulator).tokenListener(seen::add).build();
            TokenResponse tokens = client.exchangeCode(queryParam(authorize(client.authorizationUrl(null)), "code"));

            assertThat(seen).containsExactly(tokens);
        }
    }

    @Nested
    class Refresh {
        @Test
        void fetchesANewAccessTokenAndKeepsTheRefreshToken() {
            CafebazaarClient client = demoClient(emulator);

            TokenResponse answer = client.refresh();

            assertThat(answer.refreshToken()).isNull();
            assertThat(answer.expiresIn()).isEqualTo(3600);
            assertThat(client.currentAccessToken())
                    .isEqualTo(answer.accessToken())
                    .isNotEqualTo(ACCESS_TOKEN);
            assertThat(client.currentRefreshToken()).isEqualTo(REFRESH_TOKEN);
            assertThat(client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE)
                            .isConsumed())
                    .isFalse();
        }

        @Test
        void refreshesAgainWithTheSameRefreshToken() {
            CafebazaarClient client =
                    oauthClient(emulator).refreshToken(REFRESH_TOKEN).build();
            String first = client.refresh().accessToken();
            String second = client.refresh().accessToken();

            assertThat(second).isNotEqualTo(first);
            assertThat(client.currentRefreshToken()).isEqualTo(REFRESH_TOKEN);
        }

        @Test
        void anUnknownRefreshTokenIsAnInvalidGrant() {
            CafebazaarClient client =
                    oauthClient(emulator).refreshToken("no-such-refresh-token").build();

            assertThatThrownBy(client::refresh).isInstanceOfSatisfying(CafebazaarException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.error()).isEqualTo("invalid_grant");
                assertThat(e.errorDescription()).isEqualTo("The refresh token is invalid.");
            });
        }

        @Test
        void withoutARefreshTokenIsAProgrammingError() {
            CafebazaarClient client = oauthClient(emulator).build();

            assertThatThrownBy(client::refresh).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> client.validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
