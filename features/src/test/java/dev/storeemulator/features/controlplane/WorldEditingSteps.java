package dev.storeemulator.features.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.admin.AdminClientException;
import dev.storeemulator.client.verify.Store;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Support editing the world at run time: purchases made, refunded, refused; apps and accounts kept. */
public final class WorldEditingSteps {
    private final ControlPlane plane;

    public WorldEditingSteps(ControlPlane plane) {
        this.plane = plane;
    }

    @Given("support adds a {store} purchase {string} of {string} for {string} bought {moment}")
    public void addsAPurchase(Store store, String token, String productId, String packageName, Duration offset) {
        Map<String, Object> entry = purchase(store, token, packageName);
        entry.put("productId", productId);
        entry.put("purchaseTime", plane.at(offset));
        plane.purchases(store).create(entry);
    }

    @When("support tries to add a {store} purchase {string} for {string} without a product")
    public void addsAPurchaseWithoutAProduct(Store store, String token, String packageName) {
        plane.attempt(() -> plane.purchases(store).create(purchase(store, token, packageName)));
    }

    @Given("support refunds {store} purchase {string}")
    public void refunds(Store store, String token) {
        plane.purchases(store).act(token, "refund");
    }

    @When("support tries to delete the {store} account/app {string}")
    public void deletesTheOwner(Store store, String id) {
        plane.attempt(() -> plane.owners(store).delete(id));
    }

    @Then("the change is refused as invalid, with a problem at {string} naming {string}")
    public void refusedAsInvalid(String path, String field) {
        AdminClientException refusal = plane.refusal();
        assertThat(refusal.status()).as("HTTP status").isEqualTo(400);
        assertThat(refusal.error()).as("error").isEqualTo("invalid_fixtures");
        assertThat(refusal.problems()).as("problems").anySatisfy(problem -> {
            assertThat(problem.path()).as("path").isEqualTo(path);
            assertThat(problem.reason()).as("reason").contains(field);
        });
    }

    @Then("the change is refused as a conflict")
    public void refusedAsAConflict() {
        AdminClientException refusal = plane.refusal();
        assertThat(refusal.isConflict())
                .as("409 conflict (" + refusal.getMessage() + ")")
                .isTrue();
    }

    @Then("support finds no {store} purchase {string}")
    public void findsNoPurchase(Store store, String token) {
        assertThat(plane.purchases(store).exists(token))
                .as(store + " purchase " + token)
                .isFalse();
    }

    @Then("support still finds the {store} account/app {string}")
    public void stillFindsTheOwner(Store store, String id) {
        assertThat(plane.owners(store).exists(id)).as(store + " " + id).isTrue();
    }

    private static Map<String, Object> purchase(Store store, String token, String packageName) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(store == Store.ONESTORE ? "purchaseId" : "token", token);
        entry.put("packageName", packageName);
        return entry;
    }
}
