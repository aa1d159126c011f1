package dev.storeemulator.features.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.onestore.PurchaseDetails;
import dev.storeemulator.client.onestore.RecurringPurchaseDetails;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;

/** In-app purchases (read, consume) and monthly auto-renewing series (cancel, reactivate). */
public final class OneStorePurchaseSteps {
    private final OneStoreScenario scenario;

    public OneStorePurchaseSteps(OneStoreScenario scenario) {
        this.scenario = scenario;
    }

    @When("the ONE store backend reads purchase {string}")
    public void reads(String purchaseId) {
        scenario.attempt(() -> scenario.backend.getPurchaseDetails(purchaseId));
    }

    @When("the ONE store backend consumes purchase {string}")
    public void consumes(String purchaseId) {
        scenario.attempt(() -> scenario.backend.consumePurchase(purchaseId));
    }

    @Given("the ONE store backend has consumed purchase {string}")
    public void hasConsumed(String purchaseId) {
        consumes(purchaseId);
        scenario.assertAccepted();
    }

    @Then("ONE store reports consumptionState {int} and purchaseState {int}")
    public void reportsStates(int consumptionState, int purchaseState) {
        PurchaseDetails purchase = scenario.answer(PurchaseDetails.class);
        assertThat(purchase.consumptionState()).as("consumptionState").isEqualTo(consumptionState);
        assertThat(purchase.purchaseState()).as("purchaseState").isEqualTo(purchaseState);
    }

    @Then("the ONE store backend reads the purchase as {consumption}")
    public void readsAsConsumed(boolean consumed) {
        assertThat(scenario.answer(PurchaseDetails.class).isConsumed())
                .as("isConsumed()")
                .isEqualTo(consumed);
    }

    @Then("ONE store reports the purchase was made {moment}")
    public void madeAt(Duration offset) {
        assertThat(scenario.answer(PurchaseDetails.class).purchaseTimeInstant())
                .as("purchaseTime")
                .isEqualTo(scenario.emulator.now().plus(offset));
    }

    @When("the ONE store backend reads recurring purchase {string}")
    public void readsRecurring(String purchaseId) {
        scenario.attempt(() -> scenario.backend.getRecurringPurchaseDetails(purchaseId));
    }

    @When("the ONE store backend cancels the recurring payment of {string}")
    public void cancels(String purchaseId) {
        scenario.attempt(() -> scenario.backend.cancelRecurringPayment(purchaseId));
    }

    @Given("the ONE store backend has cancelled the recurring payment of {string}")
    public void hasCancelled(String purchaseId) {
        cancels(purchaseId);
        scenario.assertAccepted();
    }

    @When("the ONE store backend reactivates the recurring payment of {string}")
    public void reactivates(String purchaseId) {
        scenario.attempt(() -> scenario.backend.reactivateRecurringPayment(purchaseId));
    }

    @Then("ONE store reports recurringState {int}")
    public void reportsRecurringState(int recurringState) {
        RecurringPurchaseDetails series = scenario.answer(RecurringPurchaseDetails.class);
        assertThat(series.recurringState()).as("recurringState").isEqualTo(recurringState);
    }

    @Then("the recurring purchase is still active now")
    public void stillActive() {
        RecurringPurchaseDetails series = scenario.answer(RecurringPurchaseDetails.class);
        assertThat(series.isActiveAt(scenario.emulator.now()))
                .as("isActiveAt(now)")
                .isTrue();
    }
}
