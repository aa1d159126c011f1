package dev.storeemulator.features.onestore;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

/** Who the ONE store backend is, and whether ONE store accepted or refused its last call. */
public final class OneStoreOutcomeSteps {
    private final OneStoreScenario scenario;

    public OneStoreOutcomeSteps(OneStoreScenario scenario) {
        this.scenario = scenario;
    }

    @Given("the ONE store backend of {string} with client secret {string}")
    public void theBackendOf(String packageName, String clientSecret) {
        scenario.backendOf(packageName, clientSecret);
    }

    @Then("ONE store accepts the call")
    public void accepts() {
        scenario.assertAccepted();
    }

    @Then("ONE store refuses with status {int} and code {string}")
    public void refuses(int status, String code) {
        scenario.assertRefused(status, code);
    }
}
