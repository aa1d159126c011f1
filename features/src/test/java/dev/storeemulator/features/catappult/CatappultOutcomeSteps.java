package dev.storeemulator.features.catappult;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

/** Who the Catappult backend is, and whether Catappult accepted or refused its last call. */
public final class CatappultOutcomeSteps {
    private final CatappultScenario scenario;

    public CatappultOutcomeSteps(CatappultScenario scenario) {
        this.scenario = scenario;
    }

    /** The two API families: the legacy one, which wraps its answers in "resource", and the flat one. */
    @ParameterType("\"(product|productv2)\"")
    public String family(String name) {
        return name;
    }

    @ParameterType("canceled|not canceled")
    public Boolean cancellation(String text) {
        return text.equals("canceled");
    }

    @Given("the Catappult backend of {string}")
    public void theBackendOf(String packageName) {
        scenario.backendOf(packageName, null);
    }

    @Given("the Catappult backend of {string} with Api-Key {string}")
    public void theBackendWithKey(String packageName, String apiKey) {
        scenario.backendOf(packageName, apiKey);
    }

    @Given("the Catappult backend of {string} without an Api-Key")
    public void theBackendWithoutKey(String packageName) {
        scenario.backendOf(packageName, null);
    }

    @Then("Catappult accepts the call")
    public void accepts() {
        scenario.assertAccepted();
    }

    @Then("Catappult refuses with status {int} and code {string}")
    public void refuses(int status, String code) {
        scenario.assertRefused(status, code);
    }
}
