package dev.storeemulator.features.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.onestore.AccessToken;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;

/**
 * The 600-second token rule and the strict Bearer rule. Calls with a chosen token or header go around the
 * reference client, which always sends its own live token as {@code Bearer <token>} and renews it.
 */
public final class OneStoreTokenSteps {
    private final OneStoreScenario scenario;

    public OneStoreTokenSteps(OneStoreScenario scenario) {
        this.scenario = scenario;
    }

    @When("the ONE store backend asks for an access token")
    public void asksForAToken() {
        AccessToken token = scenario.attempt(scenario.backend::getAccessToken);
        if (token != null) {
            scenario.tokenAnswers.add(token);
        }
    }

    @Given("the ONE store backend has obtained an access token")
    public void hasObtainedAToken() {
        asksForAToken();
        scenario.assertAccepted();
    }

    @Then("ONE store issues a new bearer access token that expires in {int} seconds")
    public void issuesANewToken(int seconds) {
        AccessToken latest = scenario.answer(AccessToken.class);
        List<AccessToken> earlier = scenario.tokenAnswers.subList(0, scenario.tokenAnswers.size() - 1);
        assertThat(earlier)
                .as("tokens received before")
                .extracting(AccessToken::accessToken)
                .doesNotContain(latest.accessToken());
        assertThat(latest.tokenType()).as("token_type").isEqualTo("bearer");
        assertThat(latest.expiresIn()).as("expires_in").isEqualTo(seconds);
    }

    @Then("ONE store answers with the same access token, which now expires in {int} seconds")
    public void answersWithTheSameToken(int seconds) {
        AccessToken latest = scenario.answer(AccessToken.class);
        assertThat(scenario.tokenAnswers).as("tokens received").hasSizeGreaterThan(1);
        AccessToken previous = scenario.tokenAnswers.get(scenario.tokenAnswers.size() - 2);
        assertThat(latest.accessToken()).as("access_token").isEqualTo(previous.accessToken());
        assertThat(latest.expiresIn()).as("expires_in").isEqualTo(seconds);
    }

    @When("a caller reads ONE store purchase {string} with the {word} access token")
    public void readsWithToken(String purchaseId, String which) {
        String token = switch (which) {
            case "first" -> scenario.tokenAnswers.get(0).accessToken();
            case "latest" ->
                scenario.tokenAnswers.get(scenario.tokenAnswers.size() - 1).accessToken();
            default -> throw new IllegalArgumentException("first or latest, not " + which);
        };
        scenario.sendRaw(detailsPath(purchaseId), "Bearer " + token);
    }

    @When("a caller reads ONE store purchase {string} sending {string} as the Authorization header")
    public void readsWithHeader(String purchaseId, String form) {
        String token =
                scenario.tokenAnswers.get(scenario.tokenAnswers.size() - 1).accessToken();
        scenario.sendRaw(detailsPath(purchaseId), form.replace("<token>", token));
    }

    @When("a caller reads ONE store purchase {string} without an Authorization header")
    public void readsWithoutHeader(String purchaseId) {
        scenario.sendRaw(detailsPath(purchaseId), null);
    }

    private String detailsPath(String purchaseId) {
        return "/v2/purchase/details/" + purchaseId + "/" + scenario.packageName;
    }
}
