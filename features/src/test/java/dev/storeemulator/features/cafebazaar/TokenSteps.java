package dev.storeemulator.features.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.cafebazaar.TokenResponse;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The access token's life: expiry by the emulator's clock, refreshing, and refresh tokens that never rotate. */
public final class TokenSteps {
    private final World world;

    public TokenSteps(World world) {
        this.world = world;
    }

    @Given("the backend restarts, keeping its access token and refresh token but not the token's expiry")
    public void restartsForgettingTheExpiry() {
        world.backend = world.oauthClient(world.clientId, world.clientSecret)
                .accessToken(world.backend.currentAccessToken())
                .refreshToken(world.backend.currentRefreshToken())
                .build();
    }

    @Given("the backend restarts with refresh token {string}")
    public void restartsWithRefreshToken(String refreshToken) {
        world.backend = world.oauthClient(world.clientId, world.clientSecret)
                .refreshToken(refreshToken)
                .build();
    }

    @When("a caller holding only the access token validates purchase {string} of product {string}")
    public void aCallerWithOnlyTheAccessTokenValidates(String purchaseToken, String productId) {
        String accessToken = world.exchanged.accessToken();
        world.attempt(() -> world.oauthClient(world.clientId, world.clientSecret)
                .accessToken(accessToken)
                .build()
                .validatePurchase(world.packageName, productId, purchaseToken));
    }

    @When("the backend refreshes its access token")
    public void refreshes() {
        world.attempt(world.backend::refresh);
    }

    @Then("the backend has refreshed its access token {int} time(s)")
    public void hasRefreshed(int times) {
        assertThat(world.refreshes()).as("refreshes since the scenario began").isEqualTo(times);
    }

    @Then("the backend now uses a new access token")
    public void usesANewAccessToken() {
        assertThat(world.backend.currentAccessToken()).isNotNull().isNotEqualTo(world.exchanged.accessToken());
    }

    @Then("the answer carries no new refresh token")
    public void noNewRefreshToken() {
        assertThat(world.answer(TokenResponse.class).refreshToken())
                .as("refresh_token")
                .isNull();
    }

    @Then("the backend still holds the refresh token it received with the code")
    public void stillHoldsTheRefreshToken() {
        assertThat(world.backend.currentRefreshToken()).isEqualTo(world.exchanged.refreshToken());
    }
}
