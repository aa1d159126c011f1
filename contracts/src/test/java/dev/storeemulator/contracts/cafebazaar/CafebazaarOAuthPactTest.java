package dev.storeemulator.contracts.cafebazaar;

import static dev.storeemulator.contracts.cafebazaar.CafebazaarPact.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.storeemulator.client.cafebazaar.CafebazaarException;
import dev.storeemulator.client.cafebazaar.TokenResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The token endpoint: code exchange, refresh, and its RFC 6749 errors. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class CafebazaarOAuthPactTest {
    static final String TOKEN = "/devapi/v2/auth/token/";
    static final String CLIENT = "client_id=demo-client-id&client_secret=demo-client-secret";
    static final String TOKEN_CHARS = "[A-Za-z0-9]{30}";

    static String codeForm(String code) {
        return "grant_type=authorization_code&code=" + code + "&" + CLIENT + "&redirect_uri="
                + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8);
    }

    static PactDslJsonBody tokenBody() {
        return new PactDslJsonBody()
                .stringMatcher("access_token", TOKEN_CHARS, "GWObRK06KHLr8pCQzDXJ9hcDdSC3eV")
                .stringValue("token_type", "Bearer")
                .integerType("expires_in", 3600)
                .stringValue("scope", "androidpublisher");
    }

    @Pact(consumer = CONSUMER)
    V4Pact exchangeCode(PactDslWithProvider builder) {
        return builder.given(CODE_ISSUED)
                .uponReceiving("exchange an authorization code for tokens")
                .path(TOKEN)
                .method("POST")
                .body(codeForm(CODE), FORM)
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(tokenBody().stringMatcher("refresh_token", TOKEN_CHARS, "yBC4br1l6OCNWnahJvreOchIZ9B6ze"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "exchangeCode")
    void exchangeCode(MockServer server) {
        TokenResponse tokens = oauthClient(server, null).exchangeCode(CODE);
        assertThat(tokens.refreshToken()).isNotNull();
        assertThat(tokens.expiresIn()).isEqualTo(3600);
    }

    @Pact(consumer = CONSUMER)
    V4Pact exchangeUsedCode(PactDslWithProvider builder) {
        return builder.given(CODE_USED)
                .uponReceiving("exchange an authorization code a second time")
                .path(TOKEN)
                .method("POST")
                .body(codeForm(USED_CODE), FORM)
                .willRespondWith()
                .status(400)
                .headers(JSON)
                .body(error("invalid_grant", null))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "exchangeUsedCode")
    void exchangeUsedCode(MockServer server) {
        assertThatThrownBy(() -> oauthClient(server, null).exchangeCode(USED_CODE))
                .isInstanceOfSatisfying(
                        CafebazaarException.class, e -> assertThat(e.error()).isEqualTo("invalid_grant"));
    }

    @Pact(consumer = CONSUMER)
    V4Pact refresh(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("refresh an access token; the refresh token does not rotate")
                .path(TOKEN)
                .method("POST")
                .body("grant_type=refresh_token&" + CLIENT + "&refresh_token=demo-refresh-token", FORM)
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(tokenBody())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "refresh")
    void refresh(MockServer server) {
        var client = oauthClient(server, "demo-refresh-token");
        client.refresh();
        assertThat(client.currentRefreshToken()).isEqualTo("demo-refresh-token");
    }

    @Pact(consumer = CONSUMER)
    V4Pact refreshWithWrongSecret(PactDslWithProvider builder) {
        return builder.given(DEMO_WORLD)
                .uponReceiving("refresh with a wrong client secret")
                .path(TOKEN)
                .method("POST")
                .body(
                        "grant_type=refresh_token&client_id=demo-client-id&client_secret=wrong"
                                + "&refresh_token=demo-refresh-token",
                        FORM)
                .willRespondWith()
                .status(401)
                .headers(JSON)
                .body(error("invalid_client", null))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "refreshWithWrongSecret")
    void refreshWithWrongSecret(MockServer server) {
        var client = dev.storeemulator.client.cafebazaar.CafebazaarClient.builder()
                .baseUrl(server.getUrl())
                .clientId("demo-client-id")
                .clientSecret("wrong")
                .refreshToken("demo-refresh-token")
                .build();
        assertThatThrownBy(client::refresh)
                .isInstanceOfSatisfying(
                        CafebazaarException.class, e -> assertThat(e.error()).isEqualTo("invalid_client"));
    }
}
