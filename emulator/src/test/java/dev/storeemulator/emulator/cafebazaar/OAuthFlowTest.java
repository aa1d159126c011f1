package dev.storeemulator.emulator.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.Http;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OAuthFlowTest extends CafebazaarTestBase {
    static final String REDIRECT = "http://localhost:8765/callback";
    static final String AUTHORIZE = "/devapi/v2/auth/authorize/?response_type=code&access_type=offline&redirect_uri="
            + enc(REDIRECT) + "&client_id=demo-client-id";
    static final String TOKEN_PATH = "/devapi/v2/auth/token/";
    static final String CLIENT = "client_id=demo-client-id&client_secret=demo-client-secret";

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Clicks Authorize the way a browser would: POST the page's form to its action, with cookies and Referer. */
    static String authorizeAndGetCode() {
        AuthorizeBrowser browser = new AuthorizeBrowser(http);
        browser.open(emulator.baseUrl(), AUTHORIZE);
        HttpResponse<String> redirect = browser.submit();
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT + "?code=");
        return location.substring((REDIRECT + "?code=").length());
    }

    static HttpResponse<String> exchange(String code) {
        return http.postForm(
                TOKEN_PATH,
                "grant_type=authorization_code&code=" + code + "&" + CLIENT + "&redirect_uri=" + enc(REDIRECT));
    }

    @Nested
    class AuthorizePage {
        @Test
        void showsAnAuthorizeButtonThatPostsTheFormToThePagesPath() {
            HttpResponse<String> page = http.get(AUTHORIZE);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(page.body())
                    .containsPattern(AuthorizeBrowser.FORM.pattern())
                    .contains(">Authorize</button>", "name=\"scopes\" value=\"androidpublisher\"", "demo-client-id");
        }

        @Test
        void redirectsWithA40CharacterCodeAndEchoesState() {
            HttpResponse<String> redirect =
                    http.postForm(AUTHORIZE + "&state=" + enc("abc 123/&x"), "scopes=androidpublisher");
            assertThat(redirect.statusCode()).isEqualTo(302);
            assertThat(redirect.headers().firstValue("Location").orElseThrow())
                    .matches(Pattern.quote(REDIRECT) + "\\?code=[A-Za-z0-9]{40}&state=abc\\+123%2F%26x");
        }

        @Test
        void unknownClientGetsAnHtmlErrorPageAndNoRedirect() {
            HttpResponse<String> page = http.get(AUTHORIZE.replace("demo-client-id", "nobody"));
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.headers().firstValue("Location")).isEmpty();
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(page.body()).contains("There is no client with the id nobody.");
            assertThat(http.postForm(AUTHORIZE.replace("demo-client-id", "nobody"), "")
                            .statusCode())
                    .isEqualTo(400);
        }

        @Test
        void mismatchedRedirectUriGetsAnHtmlErrorPageAndNoRedirect() {
            String evil = AUTHORIZE.replace(enc(REDIRECT), enc("https://evil.example/steal"));
            for (HttpResponse<String> r : new HttpResponse[] {http.get(evil), http.postForm(evil, "")}) {
                assertThat(r.statusCode()).isEqualTo(400);
                assertThat(r.headers().firstValue("Location")).isEmpty();
                assertThat(r.body()).contains("does not match the redirect URI registered");
            }
        }

        @Test
        void echoedValuesAreHtmlEscaped() {
            HttpResponse<String> page = http.get(AUTHORIZE.replace("demo-client-id", enc("<script>alert(1)</script>")));
            assertThat(page.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }

        @Test
        void wrongResponseTypeIsRedirectedBackWithAnError() {
            HttpResponse<String> r =
                    http.get(AUTHORIZE.replace("response_type=code", "response_type=token") + "&state=s1");
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location"))
                    .hasValue(REDIRECT + "?error=unsupported_response_type&state=s1");
        }
    }

    @Nested
    class CodeExchange {
        @Test
        void answersTheDocumentedBody() {
            HttpResponse<String> r = exchange(authorizeAndGetCode());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
            JsonNode body = Http.json(r);
            assertThat(body.propertyNames())
                    .containsExactly("access_token", "token_type", "expires_in", "refresh_token", "scope");
            assertThat(body.get("access_token").asString()).matches("[A-Za-z0-9]{30}");
            assertThat(body.get("refresh_token").asString()).matches("[A-Za-z0-9]{30}");
            assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
            assertThat(body.get("expires_in").isNumber()).isTrue();
            assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
            assertThat(body.get("scope").asString()).isEqualTo("androidpublisher");
        }

        @Test
        void theAccessTokenOpensTheApi() {
            String access = Http.json(exchange(authorizeAndGetCode()))
                    .get("access_token")
                    .asString();
            assertThat(http.get(VALIDATE + "demo-purchase-active/?access_token=" + access)
                            .statusCode())
                    .isEqualTo(200);
        }

        @Test
        void aCodeWorksOnlyOnce() {
            String code = authorizeAndGetCode();
            assertThat(exchange(code).statusCode()).isEqualTo(200);
            assertError(exchange(code), 400, "invalid_grant", null);
        }

        @Test
        void aCodeExpiresAfterTenMinutesByTheClock() {
            String code = authorizeAndGetCode();
            clock.advance(Duration.ofMinutes(10));
            assertError(exchange(code), 400, "invalid_grant", "The authorization code has expired.");
        }

        @Test
        void aCodeIsStillGoodJustBeforeTenMinutes() {
            String code = authorizeAndGetCode();
            clock.advance(Duration.ofMinutes(10).minusSeconds(1));
            assertThat(exchange(code).statusCode()).isEqualTo(200);
        }

        @Test
        void anotherClientCannotUseTheCode() {
            String code = authorizeAndGetCode();
            HttpResponse<String> r = http.postForm(
                    TOKEN_PATH,
                    "grant_type=authorization_code&code=" + code
                            + "&client_id=other-client-id&client_secret=other-client-secret&redirect_uri="
                            + enc(REDIRECT));
            assertError(r, 400, "invalid_grant", null);
            assertThat(exchange(code).statusCode())
                    .as("the rightful client can still use it")
                    .isEqualTo(200);
        }

        @Test
        void redirectUriMustMatch() {
            String code = authorizeAndGetCode();
            HttpResponse<String> r = http.postForm(
                    TOKEN_PATH,
                    "grant_type=authorization_code&code=" + code + "&" + CLIENT + "&redirect_uri="
                            + enc("http://localhost:8765/other"));
            assertError(r, 400, "invalid_grant", "The redirect_uri does not match the one the code was issued for.");
        }

        @Test
        void unknownCodeIsInvalidGrant() {
            assertError(exchange("not-a-code"), 400, "invalid_grant", null);
        }

        @Test
        void grantTypeMayBeOmittedAsTheSeedDocumentShows() {
            HttpResponse<String> r = http.postForm(
                    TOKEN_PATH, "code=" + authorizeAndGetCode() + "&" + CLIENT + "&redirect_uri=" + enc(REDIRECT));
            assertThat(r.statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class Refresh {
        @Test
        void answersWithoutARefreshTokenBecauseRefreshTokensDoNotRotate() {
            HttpResponse<String> r =
                    http.postForm(TOKEN_PATH, "grant_type=refresh_token&refresh_token=demo-refresh-token&" + CLIENT);
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = Http.json(r);
            assertThat(body.propertyNames()).containsExactly("access_token", "token_type", "expires_in", "scope");
            assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
            HttpResponse<String> again =
                    http.postForm(TOKEN_PATH, "grant_type=refresh_token&refresh_token=demo-refresh-token&" + CLIENT);
            assertThat(again.statusCode())
                    .as("the same refresh token works again")
                    .isEqualTo(200);
            assertThat(Http.json(again).get("access_token").asString())
                    .isNotEqualTo(body.get("access_token").asString());
        }

        @Test
        void aRefreshedTokenExpiresAfter3600SecondsByTheClock() {
            String access = Http.json(http.postForm(TOKEN_PATH, "refresh_token=demo-refresh-token&" + CLIENT))
                    .get("access_token")
                    .asString();
            clock.advance(Duration.ofSeconds(3599));
            assertThat(http.get(VALIDATE + "demo-purchase-active/?access_token=" + access)
                            .statusCode())
                    .isEqualTo(200);
            clock.advance(Duration.ofSeconds(1));
            assertError(
                    http.get(VALIDATE + "demo-purchase-active/?access_token=" + access),
                    401,
                    "invalid_credentials",
                    "The access token has expired.");
        }

        @Test
        void unknownOrOtherClientsRefreshTokenIsInvalidGrant() {
            assertError(
                    http.postForm(TOKEN_PATH, "grant_type=refresh_token&refresh_token=nope&" + CLIENT),
                    400,
                    "invalid_grant",
                    "The refresh token is invalid.");
            assertError(
                    http.postForm(
                            TOKEN_PATH,
                            "grant_type=refresh_token&refresh_token=demo-refresh-token"
                                    + "&client_id=other-client-id&client_secret=other-client-secret"),
                    400,
                    "invalid_grant",
                    null);
        }
    }

    @Nested
    class TokenErrors {
        @Test
        void wrongSecretOrUnknownClientIsInvalidClient() {
            assertError(
                    http.postForm(
                            TOKEN_PATH,
                            "grant_type=refresh_token&refresh_token=demo-refresh-token"
                                    + "&client_id=demo-client-id&client_secret=wrong"),
                    401,
                    "invalid_client",
                    null);
            assertError(
                    http.postForm(
                            TOKEN_PATH,
                            "grant_type=refresh_token&refresh_token=demo-refresh-token"
                                    + "&client_id=nobody&client_secret=x"),
                    401,
                    "invalid_client",
                    null);
        }

        @Test
        void missingFieldsAreInvalidRequest() {
            assertError(
                    http.postForm(TOKEN_PATH, "grant_type=refresh_token&" + CLIENT),
                    400,
                    "invalid_request",
                    "The field refresh_token is required.");
            assertError(
                    http.postForm(TOKEN_PATH, "grant_type=authorization_code&code=x&" + CLIENT),
                    400,
                    "invalid_request",
                    "The field redirect_uri is required.");
            assertError(
                    http.postForm(TOKEN_PATH, "grant_type=refresh_token&refresh_token=x&client_id=demo-client-id"),
                    400,
                    "invalid_request",
                    "The field client_secret is required.");
            assertError(http.postForm(TOKEN_PATH, CLIENT), 400, "invalid_request", "The field grant_type is required.");
            assertError(http.postJson(TOKEN_PATH, "{\"grant_type\":\"refresh_token\"}"), 400, "invalid_request", null);
        }

        @Test
        void otherGrantTypesAreUnsupported() {
            assertError(
                    http.postForm(TOKEN_PATH, "grant_type=client_credentials&" + CLIENT),
                    400,
                    "unsupported_grant_type",
                    "The grant type 'client_credentials' is not supported.");
        }
    }
}
