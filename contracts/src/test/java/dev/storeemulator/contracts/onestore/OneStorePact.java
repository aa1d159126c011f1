package dev.storeemulator.contracts.onestore;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import dev.storeemulator.client.onestore.OneStoreClient;
import java.util.Map;

/** Names, states and shared pieces of the ONE store contract between the reference client and the store. */
final class OneStorePact {
    static final String PROVIDER = "onestore-iap-server-api";
    static final String CONSUMER = "onestore-reference-client";

    static final String TOKEN = "680b3621-1234-1234-1234-8adfaef561b4";
    static final String TOKEN_ISSUED = "the access token " + TOKEN + " was issued to com.example.game";
    static final String TOKEN_EXPIRED = "the access token " + TOKEN + " of com.example.game has expired";
    static final String DEMO_WORLD = "the demo world";

    static final String PKG = "com.example.game";
    static final String SECRET = "demo-client-secret";
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    static final String FORM = "application/x-www-form-urlencoded";

    private OneStorePact() {}

    static OneStoreClient client(MockServer server) {
        return OneStoreClient.builder()
                .baseUrl(server.getUrl())
                .clientId(PKG)
                .clientSecret(SECRET)
                .build();
    }

    /** The token request every API call starts with; the store answers with {@value #TOKEN} as its example. */
    static PactDslWithState tokenIssued(PactDslWithProvider builder, String state) {
        return builder.given(state)
                .uponReceiving("get an access token by client credentials")
                .path("/v2/oauth/token")
                .method("POST")
                .body("grant_type=client_credentials&client_id=" + PKG + "&client_secret=" + SECRET, FORM)
                .willRespondWith()
                .status(200)
                .headers(JSON)
                .body(new PactDslJsonBody()
                        .stringValue("status", "SUCCESS")
                        .stringValue("client_id", PKG)
                        .stringMatcher("access_token", UUID, TOKEN)
                        .stringValue("token_type", "bearer")
                        .integerType("expires_in", 3600)
                        .stringValue("scope", "DEFAULT"))
                .given(state);
    }

    static PactDslJsonBody error(String code) {
        return (PactDslJsonBody) new PactDslJsonBody()
                .object("error")
                .stringValue("code", code)
                .stringType("message", "a message")
                .closeObject();
    }

    static PactDslJsonBody success() {
        return (PactDslJsonBody) new PactDslJsonBody()
                .object("result")
                .stringValue("code", "Success")
                .stringType("message", "a message")
                .closeObject();
    }
}
