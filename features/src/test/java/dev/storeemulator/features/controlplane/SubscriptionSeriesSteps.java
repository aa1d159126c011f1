package dev.storeemulator.features.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.verify.Store;
import dev.storeemulator.features.cafebazaar.SubscriptionSteps;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Subscription series as support sees them through the admin API: their billings (on Cafebazaar one token
 * each), subscriptions created with a compressed period, and cancellations by support.
 */
public final class SubscriptionSeriesSteps {
    private final ControlPlane plane;
    private final SubscriptionSteps cafebazaar;

    public SubscriptionSeriesSteps(ControlPlane plane, SubscriptionSteps cafebazaar) {
        this.plane = plane;
        this.cafebazaar = cafebazaar;
    }

    @Given("support sees that Cafebazaar subscription {string} has been billed {int} time(s)")
    @Then("support sees that Cafebazaar subscription {string} has now been billed {int} time(s)")
    public void billed(String token, int billings) {
        assertThat(billingTokens(token)).as("billing tokens of " + token).hasSize(billings);
    }

    /** Reads the series through the admin API, then asks the store about its newest billing token. */
    @When("the backend reads the newest billing token of subscription {string} of {string}")
    public void readsTheNewestBillingToken(String token, String subscriptionId) {
        List<String> tokens = billingTokens(token);
        String newest = tokens.get(tokens.size() - 1);
        assertThat(tokens.subList(0, tokens.size() - 1))
                .as("earlier billing tokens")
                .doesNotContain(newest);
        cafebazaar.reads(newest, subscriptionId);
    }

    @Given("support adds a {store} subscription {string} to {string} for {string} that renews every {duration}")
    public void addsACompressedSubscription(
            Store store, String token, String productId, String packageName, Duration period) {
        String now = plane.at(Duration.ZERO);
        String end = plane.at(period);
        Map<String, Object> entry = new LinkedHashMap<>();
        switch (store) {
            case CAFEBAZAAR -> {
                entry.put("token", token);
                entry.put("subscriptionId", productId);
                entry.put("initiationTime", now);
                entry.put("validUntil", end);
                entry.put("autoRenewing", true);
            }
            case ONESTORE -> {
                entry.put("purchaseId", token);
                entry.put("productId", productId);
                entry.put("startTime", now);
                entry.put("expiryTime", end);
                entry.put("renewing", true);
            }
            case CATAPPULT -> {
                entry.put("token", token);
                entry.put("productId", productId);
                entry.put("startTime", now);
                entry.put("expiryTime", end);
                entry.put("autoRenewing", true);
            }
        }
        entry.put("packageName", packageName);
        entry.put("period", period.toString());
        plane.subscriptions(store).create(entry);
    }

    @Given("support cancels {store} subscription {string}")
    public void cancels(Store store, String token) {
        plane.subscriptions(store).act(token, "cancel");
    }

    /** Every billing token of a Cafebazaar series, first purchase first, as the admin API shows it. */
    private List<String> billingTokens(String anyToken) {
        ObjectNode series = plane.admin.cafebazaar().subscriptions().get(anyToken);
        List<String> tokens = new ArrayList<>();
        tokens.add(series.get("token").asString());
        series.path("renewalTokens").forEach(t -> tokens.add(t.asString()));
        return tokens;
    }
}
