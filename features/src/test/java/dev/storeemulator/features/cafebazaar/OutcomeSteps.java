package dev.storeemulator.features.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.cafebazaar.CafebazaarException;
import io.cucumber.java.en.Then;

/** What Cafebazaar said to the backend's last call. */
public final class OutcomeSteps {
    private final World world;

    public OutcomeSteps(World world) {
        this.world = world;
    }

    @Then("the store refuses with status {int} and error {string}")
    public void theStoreRefuses(int status, String error) {
        CafebazaarException refusal = world.refusal();
        assertThat(refusal.error()).as("error").isEqualTo(error);
        assertThat(refusal.status()).as("HTTP status").isEqualTo(status);
    }

    @Then("the store explains {string}")
    public void theStoreExplains(String description) {
        assertThat(world.refusal().errorDescription()).as("error_description").isEqualTo(description);
    }

    @Then("the store accepts the consumption/cancellation")
    public void theStoreAccepts() {
        world.assertAccepted();
    }
}
