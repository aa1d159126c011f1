package dev.storeemulator.features.catappult;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.catappult.InAppPurchase;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;

/** Validating in-app purchases through either API family. */
public final class CatappultPurchaseSteps {
    private final CatappultScenario scenario;

    public CatappultPurchaseSteps(CatappultScenario scenario) {
        this.scenario = scenario;
    }

    @When("the Catappult backend validates purchase {string} of product {string}")
    public void validates(String token, String productId) {
        validatesThrough(token, productId, "productv2");
    }

    @When("the Catappult backend validates purchase {string} of product {string} through the {family} family")
    public void validatesThrough(String token, String productId, String family) {
        InAppPurchase purchase = scenario.attempt(() -> family.equals("product")
                ? scenario.backend.getPurchaseLegacy(scenario.packageName, productId, token)
                : scenario.backend.getPurchase(scenario.packageName, productId, token));
        if (purchase != null) {
            scenario.answersByFamily.put(family, purchase);
        }
    }

    @Then("Catappult reports consumptionState {int} and purchaseState {int}")
    public void reportsStates(int consumptionState, int purchaseState) {
        InAppPurchase purchase = scenario.answer(InAppPurchase.class);
        assertThat(purchase.consumptionState()).as("consumptionState").isEqualTo(consumptionState);
        assertThat(purchase.purchaseState()).as("purchaseState").isEqualTo(purchaseState);
    }

    @Then("the Catappult backend reads the purchase as {consumption} and {cancellation}")
    public void readsAs(boolean consumed, boolean canceled) {
        InAppPurchase purchase = scenario.answer(InAppPurchase.class);
        assertThat(purchase.isConsumed()).as("isConsumed()").isEqualTo(consumed);
        assertThat(purchase.isCanceled()).as("isCanceled()").isEqualTo(canceled);
    }

    @Then("Catappult reports the purchase was made {moment}")
    public void madeAt(Duration offset) {
        assertThat(scenario.answer(InAppPurchase.class).purchaseTime())
                .as("purchaseTimeMillis")
                .isEqualTo(scenario.emulator.now().plus(offset));
    }

    @Then("the Catappult purchase has order id {string} and developer payload {string}")
    public void orderAndPayload(String orderId, String payload) {
        InAppPurchase purchase = scenario.answer(InAppPurchase.class);
        assertThat(purchase.orderId()).as("orderId").isEqualTo(orderId);
        assertThat(purchase.developerPayload()).as("developerPayload").isEqualTo(payload);
    }

    @Then("the {family} answer is of kind {string}")
    public void ofKind(String family, String kind) {
        assertThat(answerOf(family).kind())
                .as("kind of the " + family + " answer")
                .isEqualTo(kind);
    }

    @Then("the {family} answer names no currency")
    public void noCurrency(String family) {
        assertThat(answerOf(family).currency())
                .as("currency of the " + family + " answer")
                .isNull();
    }

    @Then("the {family} answer names currency {string}")
    public void currency(String family, String currency) {
        assertThat(answerOf(family).currency())
                .as("currency of the " + family + " answer")
                .isEqualTo(currency);
    }

    @Then("both families report the same purchase: time, states, order id, payload, token and SKU")
    public void sameOnBoth() {
        InAppPurchase legacy = answerOf("product");
        InAppPurchase flat = answerOf("productv2");
        assertThat(flat)
                .usingRecursiveComparison()
                .ignoringFields("kind", "currency")
                .isEqualTo(legacy);
    }

    private InAppPurchase answerOf(String family) {
        Object answer = scenario.answersByFamily.get(family);
        assertThat(answer).as("the " + family + " family's answer").isInstanceOf(InAppPurchase.class);
        return (InAppPurchase) answer;
    }
}
