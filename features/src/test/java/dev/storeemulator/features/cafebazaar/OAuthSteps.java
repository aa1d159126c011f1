package dev.storeemulator.features.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.cafebazaar.TokenResponse;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.net.URI;

/** The authorization-code flow: the developer clicks Authorize, the backend exchanges the code. */
public final class OAuthSteps {
    private final World world;

    public OAuthSteps(World world) {
        this.world = world;
    }

    @When("the developer opens the authorize page with state {string} and clicks Authorize")
    public void authorizeWithState(String state) throws Exception {
        world.redirect = Browser.clickAuthorize(world.backend.authorizationUrl(state));
        world.authorizationCode = Browser.queryParam(world.redirect, "code");
    }

    @When("the developer's browser posts the authorize form with the token {string} instead of the page's")
    public void postWithForgedToken(String token) throws Exception {
        world.formAnswer = Browser.submitForm(world.backend.authorizationUrl("session-42"), token);
    }

    @Then("the store answers with its 403 CSRF page and no redirect")
    public void csrfRefused() {
        assertThat(world.formAnswer.statusCode()).isEqualTo(403);
        assertThat(world.formAnswer.headers().firstValue("Location")).isEmpty();
        assertThat(world.formAnswer.body()).contains("CSRF verification failed. Request aborted.");
    }

    @Given("the developer has authorized the backend")
    public void authorized() throws Exception {
        authorizeWithState(null);
        assertThat(world.authorizationCode).as("the code in " + world.redirect).isNotNull();
    }

    @Given("the backend has exchanged the code")
    public void hasExchangedTheCode() {
        exchangeTheCode();
        world.answer(TokenResponse.class);
    }

    @When("the backend exchanges the code")
    public void exchangeTheCode() {
        TokenResponse answer = world.attempt(() -> world.backend.exchangeCode(world.authorizationCode));
        if (answer != null) {
            world.exchanged = answer;
            world.successfulExchanges++;
        }
    }

    @When("the backend exchanges the same code again")
    public void exchangeTheSameCodeAgain() {
        exchangeTheCode();
    }

    @When("the backend exchanges the code with client secret {string}")
    public void exchangeWithSecret(String secret) {
        world.attempt(() -> world.oauthClient(world.clientId, secret).build().exchangeCode(world.authorizationCode));
    }

    @When("another backend exchanges the code as OAuth client {string} with secret {string}")
    public void anotherBackendExchanges(String clientId, String secret) {
        world.attempt(() -> world.oauthClient(clientId, secret).build().exchangeCode(world.authorizationCode));
    }

    @Then("the browser is sent to {string} with a {int}-character code and state {string}")
    public void theBrowserIsRedirected(String redirectUri, int codeLength, String state) {
        URI redirect = world.redirect;
        assertThat(redirect.getScheme() + "://" + redirect.getRawAuthority() + redirect.getRawPath())
                .as("where the browser is sent")
                .isEqualTo(redirectUri);
        assertThat(world.authorizationCode).as("code").hasSize(codeLength);
        assertThat(Browser.queryParam(redirect, "state")).as("state").isEqualTo(state);
    }

    @Then("the backend receives a Bearer access token that expires in {int} seconds")
    public void receivesAnAccessToken(int seconds) {
        TokenResponse answer = world.answer(TokenResponse.class);
        assertThat(answer.accessToken()).as("access_token").isNotBlank();
        assertThat(answer.tokenType()).as("token_type").isEqualTo("Bearer");
        assertThat(answer.expiresIn()).as("expires_in").isEqualTo(seconds);
        assertThat(world.backend.currentAccessToken())
                .as("the token the backend now uses")
                .isEqualTo(answer.accessToken());
    }

    @Then("the token's scope is {string}")
    public void theScopeIs(String scope) {
        assertThat(world.answer(TokenResponse.class).scope()).as("scope").isEqualTo(scope);
    }

    @Then("the backend receives a refresh token to keep")
    public void receivesARefreshToken() {
        String refreshToken = world.answer(TokenResponse.class).refreshToken();
        assertThat(refreshToken).as("refresh_token").isNotBlank();
        assertThat(world.backend.currentRefreshToken()).isEqualTo(refreshToken);
    }
}
