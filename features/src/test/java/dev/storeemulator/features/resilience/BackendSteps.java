package dev.storeemulator.features.resilience;

import dev.storeemulator.client.verify.Store;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;

/** The backend: how patient its clients are, and the calls it makes to a store. */
public final class BackendSteps {
    private final ResilientBackend backend;

    public BackendSteps(ResilientBackend backend) {
        this.backend = backend;
    }

    @Given("a backend of {string} whose client tries each call up to {int} times within {duration}")
    public void aBackend(String packageName, int attempts, Duration deadline) {
        backend.packageName = packageName;
        backend.maxAttempts = attempts;
        backend.deadline = deadline;
    }

    @Given("the backend's client waits at most {int} milliseconds for each answer")
    public void waitsAtMost(int millis) {
        backend.requestTimeout = Duration.ofMillis(millis);
    }

    @When("the backend validates {store} purchase {string} of product {string}")
    public void validates(Store store, String purchase, String product) {
        backend.attempt(() -> backend.on(store).validate(purchase, product));
    }

    @Given("the backend has validated {store} purchase {string} of product {string}")
    public void hasValidated(Store store, String purchase, String product) {
        validates(store, purchase, product);
        backend.answer();
    }

    @When("the backend consumes {store} purchase {string}")
    public void consumes(Store store, String purchase) {
        backend.attempt(() -> backend.on(store).consume(purchase, null));
    }

    @Given("the backend has consumed {store} purchase {string}")
    public void hasConsumed(Store store, String purchase) {
        consumes(store, purchase);
        backend.answer();
    }

    /** Catappult's server API has no consume; acknowledging is the call that changes the purchase. */
    @When("the backend acknowledges Catappult subscription {string} of {string}")
    public void acknowledges(String subscription, String product) {
        backend.attempt(() -> backend.on(Store.CATAPPULT).consume(subscription, product));
    }
}
