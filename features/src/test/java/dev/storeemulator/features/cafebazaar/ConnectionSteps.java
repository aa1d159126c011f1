package dev.storeemulator.features.cafebazaar;

import dev.storeemulator.client.cafebazaar.CafebazaarClient;
import io.cucumber.java.en.Given;

/** How the backend is connected to Cafebazaar: an OAuth client, kept tokens, or a Pishkhan secret. */
public final class ConnectionSteps {
    /** The demo world's OAuth client and refresh token for the account publishing com.example.game. */
    static final String DEMO_CLIENT_ID = "demo-client-id";

    static final String DEMO_CLIENT_SECRET = "demo-client-secret";
    static final String DEMO_REFRESH_TOKEN = "demo-refresh-token";

    private final World world;

    public ConnectionSteps(World world) {
        this.world = world;
    }

    @Given("the backend of {string} uses OAuth client {string} with secret {string}")
    public void usesOAuthClient(String packageName, String clientId, String clientSecret) {
        world.packageName = packageName;
        world.clientId = clientId;
        world.clientSecret = clientSecret;
        world.backend = world.oauthClient(clientId, clientSecret).build();
    }

    @Given("the backend of {string} holds the developer's refresh token")
    public void holdsTheRefreshToken(String packageName) {
        usesOAuthClient(packageName, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET);
        world.backend = world.oauthClient(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
                .refreshToken(DEMO_REFRESH_TOKEN)
                .build();
    }

    @Given("the backend of {string} holds only the access token {string}")
    public void holdsOnlyAnAccessToken(String packageName, String accessToken) {
        usesOAuthClient(packageName, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET);
        world.backend = world.oauthClient(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
                .accessToken(accessToken)
                .build();
    }

    @Given("the backend of {string} authenticates with Pishkhan secret {string}")
    public void authenticatesWithPishkhanSecret(String packageName, String secret) {
        world.packageName = packageName;
        world.backend = CafebazaarClient.builder()
                .baseUrl(world.emulator.baseUrl())
                .pishkhanSecret(secret)
                .build();
    }
}
