package dev.storeemulator.features.catappult;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.catappult.SubscriptionPurchase;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;

/** Reading subscriptions through either API family, and acknowledging them. */
public final class CatappultSubscriptionSteps {
    private final CatappultScenario scenario;

    public CatappultSubscriptionSteps(CatappultScenario scenario) {
        this.scenario = scenario;
    }

    @When("the Catappult backend reads subscription {string} of {string}")
    public void reads(String token, String productId) {
        readsThrough(token, productId, "productv2");
    }

    @When("the Catappult backend reads subscription {string} of {string} through the {family} family")
    public void readsThrough(String token, String productId, String family) {
        scenario.attempt(() -> family.equals("product")
                ? scenario.backend.getSubscriptionLegacy(scenario.packageName, productId, token)
                : scenario.backend.getSubscription(scenario.packageName, productId, token));
    }

    @When("the Catappult backend acknowledges subscription {string} of {string}")
    public void acknowledges(String token, String productId) {
        scenario.attempt(() -> scenario.backend.acknowledgeSubscription(scenario.packageName, productId, token));
    }

    @Then("Catappult answers with the subscription")
    public void answersWithTheSubscription() {
        scenario.answer(SubscriptionPurchase.class);
    }

    @Then("the Catappult subscription is {activity} now")
    public void activeNow(boolean active) {
        SubscriptionPurchase s = scenario.answer(SubscriptionPurchase.class);
        assertThat(s.isActiveAt(scenario.emulator.now()))
                .as("isActiveAt(now): expiryTimeMillis " + s.expiryTime() + " against now " + scenario.emulator.now())
                .isEqualTo(active);
    }

    @Then("the Catappult subscription {renewal} automatically")
    public void renews(boolean renews) {
        assertThat(scenario.answer(SubscriptionPurchase.class).autoRenewing())
                .as("autoRenewing")
                .isEqualTo(renews);
    }

    @Then("the Catappult subscription started {moment}")
    public void started(Duration offset) {
        assertThat(scenario.answer(SubscriptionPurchase.class).startTime())
                .as("startTimeMillis")
                .isEqualTo(scenario.emulator.now().plus(offset));
    }

    @Then("the Catappult subscription expires {moment}")
    public void expires(Duration offset) {
        assertThat(scenario.answer(SubscriptionPurchase.class).expiryTime())
                .as("expiryTimeMillis")
                .isEqualTo(scenario.emulator.now().plus(offset));
    }

    @Then("Catappult reports acknowledgementState {int}")
    public void acknowledgementState(int state) {
        SubscriptionPurchase s = scenario.answer(SubscriptionPurchase.class);
        assertThat(s.acknowledgementState()).as("acknowledgementState").isEqualTo(state);
        assertThat(s.isAcknowledged()).as("isAcknowledged()").isEqualTo(state == 1);
    }

    @Then("Catappult reports paymentState {int}")
    public void paymentState(int state) {
        assertThat(scenario.answer(SubscriptionPurchase.class).paymentState())
                .as("paymentState")
                .isEqualTo(state);
    }
}
