package dev.storeemulator.contracts.cafebazaar;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import dev.storeemulator.client.cafebazaar.CafebazaarClient;
import java.time.Instant;
import java.util.Map;

/** Names, states and shared pieces of the Cafebazaar contract between the reference client and the store. */
final class CafebazaarPact {
    static final String PROVIDER = "cafebazaar-developer-api";
    static final String CONSUMER = "cafebazaar-reference-client";

    static final String DEMO_WORLD = "the demo world";
    static final String EXPIRED_TOKEN = "the access token expired-token of demo-client-id has expired";
    static final String CODE_ISSUED =
            "the authorization code pact-code-0000000000000000000000000000 was issued to demo-client-id";
    static final String CODE_USED =
            "the authorization code pact-used-code-0000000000000000000000 was already exchanged";

    static final String PKG = "com.example.game";
    static final String ACCESS_TOKEN = "demo-access-token";
    static final String QUERY = "access_token=" + ACCESS_TOKEN;
    static final String REDIRECT_URI = "http://localhost:8765/callback";
    static final String CODE = "pact-code-0000000000000000000000000000";
    static final String USED_CODE = "pact-used-code-0000000000000000000000";
    static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    static final String FORM = "application/x-www-form-urlencoded";

    private CafebazaarPact() {}

    /** A client that already holds a long-lived access token, so it makes exactly the call under test. */
    static CafebazaarClient tokenClient(MockServer server) {
        return CafebazaarClient.builder()
                .baseUrl(server.getUrl())
                .clientId("demo-client-id")
                .clientSecret("demo-client-secret")
                .redirectUri(REDIRECT_URI)
                .accessToken(ACCESS_TOKEN, Instant.now().plusSeconds(86_400))
                .build();
    }

    /** An OAuth client with no access token yet; {@code refreshToken} may be null. */
    static CafebazaarClient oauthClient(MockServer server, String refreshToken) {
        var builder = CafebazaarClient.builder()
                .baseUrl(server.getUrl())
                .clientId("demo-client-id")
                .clientSecret("demo-client-secret")
                .redirectUri(REDIRECT_URI);
        return (refreshToken == null ? builder : builder.refreshToken(refreshToken)).build();
    }

    /** {@code {"error": <exact>, "error_description": <exact, or any string when null>}}. */
    static PactDslJsonBody error(String code, String description) {
        PactDslJsonBody body = new PactDslJsonBody().stringValue("error", code);
        return description == null
                ? body.stringType("error_description", "a description")
                : body.stringValue("error_description", description);
    }
}
