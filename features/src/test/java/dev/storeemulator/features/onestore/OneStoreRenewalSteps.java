package dev.storeemulator.features.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.onestore.RecurringPurchaseDetails;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.time.Instant;

/**
 * A recurring series' payments: the recurring details report its first payment, the last-recurring details
 * its latest; each renewal is a payment with a later expiry.
 */
public final class OneStoreRenewalSteps {
    private final OneStoreScenario scenario;

    public OneStoreRenewalSteps(OneStoreScenario scenario) {
        this.scenario = scenario;
    }

    @When("the ONE store backend reads the latest payment of recurring purchase {string}")
    public void readsTheLatestPayment(String purchaseId) {
        scenario.attempt(() -> scenario.backend.getLastRecurringPurchaseDetails(purchaseId));
    }

    @Then("ONE store reports a payment made {moment}")
    public void paymentMade(Duration offset) {
        assertThat(payment().purchaseTime())
                .as("purchaseTime")
                .isEqualTo(scenario.emulator.now().plus(offset).toEpochMilli());
    }

    @Then("ONE store reports a payment made just now")
    public void paymentMadeNow() {
        paymentMade(Duration.ZERO);
    }

    @Then("ONE store reports the series runs until {moment}")
    public void runsUntil(Duration offset) {
        assertThat(payment().expiryTimeInstant())
                .as("expiryTime")
                .isEqualTo(scenario.emulator.now().plus(offset));
    }

    @Then("the recurring purchase is not active now")
    public void notActive() {
        RecurringPurchaseDetails series = payment();
        Instant now = scenario.emulator.now();
        assertThat(series.isActiveAt(now))
                .as("isActiveAt(now): expiryTime " + series.expiryTimeInstant() + ", now " + now)
                .isFalse();
    }

    private RecurringPurchaseDetails payment() {
        return scenario.answer(RecurringPurchaseDetails.class);
    }
}
