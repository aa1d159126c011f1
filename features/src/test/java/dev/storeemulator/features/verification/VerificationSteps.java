package dev.storeemulator.features.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.cafebazaar.CafebazaarClient;
import dev.storeemulator.client.catappult.CatappultClient;
import dev.storeemulator.client.onestore.OneStoreClient;
import dev.storeemulator.client.verify.PurchaseVerifier;
import dev.storeemulator.client.verify.Store;
import dev.storeemulator.client.verify.Verdict;
import dev.storeemulator.features.emulator.EmulatorTarget;
import dev.storeemulator.features.emulator.Targets;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;

/**
 * One backend selling on all three stores and verifying every purchase through one
 * {@link PurchaseVerifier}: the steps see only store-neutral {@link Verdict}s. Picocontainer makes one
 * instance per scenario; the shared hooks reset the emulator before it.
 */
public final class VerificationSteps {
    private final EmulatorTarget emulator = Targets.current();

    private PurchaseVerifier verifier;
    private Verdict verdict;
    /** Repeats the last verification, for "again" after time passed. */
    private Runnable lastVerification;

    @Given("a backend verifying the purchases of {string} on every store")
    public void aBackendVerifying(String packageName) {
        String url = emulator.baseUrl();
        verifier = new PurchaseVerifier(
                CafebazaarClient.builder()
                        .baseUrl(url)
                        .pishkhanSecret("demo-pishkhan-secret")
                        .build(),
                OneStoreClient.builder()
                        .baseUrl(url)
                        .clientId(packageName)
                        .clientSecret("demo-client-secret")
                        .clock(emulator.clock())
                        .build(),
                packageName,
                CatappultClient.builder().baseUrl(url).build());
    }

    @When("the backend verifies {store} purchase {string} of {string} for product {string}")
    public void verifiesPurchase(Store store, String token, String packageName, String productId) {
        lastVerification = () -> verdict = verifier.verifyPurchase(store, packageName, productId, token);
        lastVerification.run();
        assertThat(verdict.store()).as("the store of the verdict").isEqualTo(store);
    }

    @When("the backend verifies {store} subscription {string} of {string} to {string}")
    public void verifiesSubscription(Store store, String token, String packageName, String subscriptionId) {
        lastVerification = () -> verdict = verifier.verifySubscription(store, packageName, subscriptionId, token);
        lastVerification.run();
        assertThat(verdict.store()).as("the store of the verdict").isEqualTo(store);
    }

    @When("the backend verifies it again")
    public void verifiesAgain() {
        assertThat(lastVerification).as("an earlier verification").isNotNull();
        lastVerification.run();
    }

    @Then("the verdict is valid")
    public void valid() {
        assertThat(verdict.valid()).as("valid (" + verdict + ")").isTrue();
    }

    @Then("the verdict is invalid")
    public void invalid() {
        assertThat(verdict.valid()).as("valid (" + verdict + ")").isFalse();
        assertThat(verdict.reason()).as("reason").isNotBlank();
    }

    @Then("the verdict says {consumption} and {refund}")
    public void consumedAndRefunded(boolean consumed, boolean refunded) {
        assertThat(verdict.consumed()).as("consumed (" + verdict + ")").isEqualTo(consumed);
        assertThat(verdict.refunded()).as("refunded (" + verdict + ")").isEqualTo(refunded);
    }

    @Then("the verdict entitles the user now")
    public void entitles() {
        assertThat(verdict.entitlesAt(emulator.now()))
                .as("entitlesAt(now) (" + verdict + ")")
                .isTrue();
    }

    @Then("the verdict does not entitle the user now")
    public void doesNotEntitle() {
        assertThat(verdict.entitlesAt(emulator.now()))
                .as("entitlesAt(now) (" + verdict + ")")
                .isFalse();
    }

    @Then("the verdict says the subscription {renewal} automatically")
    public void renews(boolean renews) {
        assertThat(verdict.autoRenewing()).as("autoRenewing (" + verdict + ")").isEqualTo(renews);
    }

    @Then("the verdict says the period ends {moment}")
    public void periodEnds(Duration offset) {
        assertThat(verdict.expiresAt()).as("expiresAt").isEqualTo(emulator.now().plus(offset));
    }

    @Then("the verdict says the period ends {int} days after the scenario start")
    public void periodEndsAfterStart(int days) {
        assertThat(verdict.expiresAt())
                .as("expiresAt")
                .isEqualTo(EmulatorTarget.SCENARIO_START.plus(Duration.ofDays(days)));
    }
}
