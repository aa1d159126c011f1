package dev.storeemulator.emulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.Http;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cafebazaar authorization codes at the token endpoint: every misuse is invalid_grant and opens nothing. */
class CafebazaarAuthorizationCodeTest extends AuthMatrixTestBase {
    static final String CODE = "seededAuthorizationCode000000000000000001";
    static final String CALLBACK = "http://localhost:8765/callback";

    @BeforeEach
    void seedCode() {
        clock.set(START);
        emulator.reset();
        admin(
                "POST",
                "/__admin/cafebazaar/authorization-codes",
                "{\"code\": \"" + CODE + "\", \"clientId\": \"demo-client-id\"}");
    }

    static HttpResponse<String> exchange(String code, String clientId, String secret, String redirectUri) {
        return http.postForm(
                "/devapi/v2/auth/token/",
                "grant_type=authorization_code&code=" + enc(code) + "&client_id=" + clientId + "&client_secret="
                        + secret + "&redirect_uri=" + enc(redirectUri));
    }

    static HttpResponse<String> exchange(String code) {
        return exchange(code, "demo-client-id", "demo-client-secret", CALLBACK);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void invalidGrant(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(Http.json(r).get("error").asString()).isEqualTo("invalid_grant");
        assertThat(r.body()).doesNotContain("access_token");
    }

    @Test
    void aReusedCodeIsInvalidGrant() {
        assertThat(exchange(CODE).statusCode()).isEqualTo(200);
        invalidGrant(exchange(CODE));
    }

    @Test
    void anotherClientsCodeIsInvalidGrantAndStaysGoodForItsOwnClient() {
        invalidGrant(exchange(CODE, "other-client-id", "other-client-secret", CALLBACK));
        assertThat(exchange(CODE).statusCode()).isEqualTo(200);
    }

    @Test
    void anExpiredCodeIsInvalidGrant() {
        clock.advance(Duration.ofMinutes(10));
        invalidGrant(exchange(CODE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:8765/callback/",
                "http://LOCALHOST:8765/callback",
                "http://evil.example/callback",
                "javascript:alert(1)",
                "http://localhost:8765/callback?x=1"
            })
    void aRedirectUriThatDiffersIsInvalidGrant(String redirectUri) {
        invalidGrant(exchange(CODE, "demo-client-id", "demo-client-secret", redirectUri));
    }

    @Test
    void theCodeIsComparedExactly() {
        invalidGrant(exchange(CODE.toUpperCase(java.util.Locale.ROOT)));
        invalidGrant(exchange(CODE + " "));
        invalidGrant(exchange(CODE.substring(1)));
    }

    @Test
    void aWrongSecretIsInvalidClientAndDoesNotBurnTheCode() {
        HttpResponse<String> r = exchange(CODE, "demo-client-id", "wrong-secret", CALLBACK);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(Http.json(r).get("error").asString()).isEqualTo("invalid_client");
        assertThat(exchange(CODE).statusCode()).isEqualTo(200);
    }

    @Test
    void theTokenOfAnExchangedCodeOpensOnlyItsOwnAccountsPackages() {
        String token = Http.json(exchange(CODE)).get("access_token").asString();
        String validate =
                "/devapi/v2/api/validate/%s/inapp/coins_100/purchases/demo-purchase-active/?access_token=" + token;
        assertThat(http.get(validate.formatted(PKG)).statusCode()).isEqualTo(200);
        assertThat(http.get(validate.formatted("com.example.other")).statusCode())
                .isEqualTo(404);
    }
}
