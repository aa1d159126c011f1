package dev.storeemulator.features.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.cafebazaar.InAppPurchase;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Instant;

/** In-app purchases: validating them, and consuming them. */
public final class PurchaseSteps {
    private final World world;

    public PurchaseSteps(World world) {
        this.world = world;
    }

    @When("the backend validates purchase {string} of product {string}")
    public void validates(String purchaseToken, String productId) {
        world.attempt(() -> world.backend.validatePurchase(world.packageName, productId, purchaseToken));
    }

    @When("the backend consumes purchase {string}")
    public void consumes(String purchaseToken) {
        world.attempt(() -> world.backend.consume(world.packageName, purchaseToken));
    }

    @Given("the backend has consumed purchase {string}")
    public void hasConsumed(String purchaseToken) {
        world.backend.consume(world.packageName, purchaseToken);
    }

    @Then("the store answers with the purchase")
    public void answersWithThePurchase() {
        assertThat(world.answer(InAppPurchase.class).kind()).isEqualTo("androidpublisher#inappPurchase");
    }

    @Then("the store reports consumptionState {int} and purchaseState {int}")
    public void reportsStates(int consumptionState, int purchaseState) {
        InAppPurchase purchase = world.answer(InAppPurchase.class);
        assertThat(purchase.consumptionState()).as("consumptionState").isEqualTo(consumptionState);
        assertThat(purchase.purchaseState()).as("purchaseState").isEqualTo(purchaseState);
    }

    @Then("the backend reads the purchase as {consumption} and {refund}")
    public void readsThePurchaseAs(boolean consumed, boolean refunded) {
        InAppPurchase purchase = world.answer(InAppPurchase.class);
        assertThat(purchase.isConsumed()).as("consumed").isEqualTo(consumed);
        assertThat(purchase.isRefunded()).as("refunded").isEqualTo(refunded);
    }

    @Then("the developer payload is {string}")
    public void theDeveloperPayloadIs(String payload) {
        assertThat(world.answer(InAppPurchase.class).developerPayload())
                .as("developerPayload")
                .isEqualTo(payload);
    }

    @Then("the purchase was made at {string}")
    public void madeAt(String instant) {
        assertThat(world.answer(InAppPurchase.class).purchaseTimeInstant()).isEqualTo(Instant.parse(instant));
    }
}
