package dev.storeemulator.features.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.cafebazaar.SubscriptionPurchase;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;

/**
 * Subscriptions: reading their status, cancelling them. "Active now" is judged the way a backend
 * must: {@code validUntilTimestampMsec} compared with the emulator's current time.
 */
public final class SubscriptionSteps {
    private final World world;

    public SubscriptionSteps(World world) {
        this.world = world;
    }

    @When("the backend reads subscription {string} of {string}")
    public void reads(String purchaseToken, String subscriptionId) {
        world.attempt(() -> world.backend.getSubscription(world.packageName, subscriptionId, purchaseToken));
    }

    @When("the backend cancels subscription {string} of {string}")
    public void cancels(String purchaseToken, String subscriptionId) {
        world.attempt(() -> world.backend.cancelSubscription(world.packageName, subscriptionId, purchaseToken));
    }

    @Given("the backend has cancelled subscription {string} of {string}")
    public void hasCancelled(String purchaseToken, String subscriptionId) {
        world.backend.cancelSubscription(world.packageName, subscriptionId, purchaseToken);
    }

    @Then("the store answers with the subscription")
    public void answersWithTheSubscription() {
        assertThat(subscription().kind()).isEqualTo("androidpublisher#subscriptionPurchase");
    }

    @Then("the subscription is {activity} now")
    public void isActiveNow(boolean active) {
        SubscriptionPurchase subscription = subscription();
        assertThat(subscription.isActiveAt(world.emulator.now()))
                .as("active: valid until %s, now %s", subscription.validUntilInstant(), world.emulator.now())
                .isEqualTo(active);
    }

    @Then("the subscription {renewal} automatically")
    public void renews(boolean autoRenewing) {
        assertThat(subscription().autoRenewing()).as("autoRenewing").isEqualTo(autoRenewing);
    }

    @Then("the subscription started {moment}")
    public void started(Duration offset) {
        assertThat(subscription().initiationInstant())
                .as("initiationTimestampMsec")
                .isEqualTo(world.emulator.now().plus(offset));
    }

    @Then("the subscription is valid until {moment}")
    public void validUntil(Duration offset) {
        assertThat(subscription().validUntilInstant())
                .as("validUntilTimestampMsec")
                .isEqualTo(world.emulator.now().plus(offset));
    }

    @Then("the subscription's linked token is {string}")
    public void linkedTokenIs(String token) {
        assertThat(subscription().linkedSubscriptionToken())
                .as("linkedSubscriptionToken")
                .isEqualTo(token);
    }

    private SubscriptionPurchase subscription() {
        return world.answer(SubscriptionPurchase.class);
    }
}
