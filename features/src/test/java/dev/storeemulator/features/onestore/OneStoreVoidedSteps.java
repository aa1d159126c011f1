package dev.storeemulator.features.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.onestore.VoidedPurchase;
import dev.storeemulator.client.onestore.VoidedPurchasesPage;
import dev.storeemulator.client.onestore.VoidedPurchasesQuery;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Reading the voided (cancelled) purchases page by page, following continuation keys. */
public final class OneStoreVoidedSteps {
    private final OneStoreScenario scenario;

    public OneStoreVoidedSteps(OneStoreScenario scenario) {
        this.scenario = scenario;
    }

    @When("the ONE store backend reads the first page of voided purchases, {int} per page")
    public void readsFirstPage(int size) {
        read(VoidedPurchasesQuery.defaults().withMaxResults(size));
    }

    @When("the ONE store backend reads the next page of voided purchases")
    public void readsNextPage() {
        assertThat(scenario.page).as("the page read before").isNotNull();
        assertThat(scenario.page.continuationKey())
                .as("the continuation key of the page read before")
                .isNotNull();
        read(scenario.pageQuery.withContinuationKey(scenario.page.continuationKey()));
    }

    private void read(VoidedPurchasesQuery query) {
        scenario.pageQuery = query;
        scenario.page = scenario.attempt(() -> scenario.backend.getVoidedPurchases(query));
    }

    @Then("the ONE store page lists {string} with a continuation key")
    public void pageWithKey(String purchaseIds) {
        VoidedPurchasesPage page = scenario.answer(VoidedPurchasesPage.class);
        assertThat(ids(page.voidedPurchaseList())).as("voidedPurchaseList").isEqualTo(list(purchaseIds));
        assertThat(page.continuationKey()).as("continuationKey").isNotNull();
    }

    @Then("the ONE store page lists {string} and carries no continuation key")
    public void lastPage(String purchaseIds) {
        VoidedPurchasesPage page = scenario.answer(VoidedPurchasesPage.class);
        assertThat(ids(page.voidedPurchaseList())).as("voidedPurchaseList").isEqualTo(list(purchaseIds));
        assertThat(page.continuationKey()).as("continuationKey").isNull();
    }

    @When("the ONE store backend collects every voided purchase of the last 30 days, {int} per page")
    public void collects(int size) {
        scenario.collected = scenario.attempt(() -> scenario.backend
                .allVoidedPurchases(VoidedPurchasesQuery.defaults().withMaxResults(size))
                .toList());
    }

    @Then("the ONE store backend has collected the voided purchases {string}, in that order")
    public void collectedInOrder(String purchaseIds) {
        scenario.assertAccepted();
        assertThat(ids(scenario.collected))
                .as("voided purchases, oldest void first")
                .isEqualTo(list(purchaseIds));
    }

    @Then("the ONE store backend has collected no voided purchase {string}")
    public void notCollected(String purchaseId) {
        scenario.assertAccepted();
        assertThat(ids(scenario.collected)).as("voided purchases").doesNotContain(purchaseId);
    }

    @Then("ONE store lists purchase {string} as voided {duration} after it was bought")
    public void voidedAfter(String purchaseId, Duration span) {
        scenario.assertAccepted();
        VoidedPurchase voided = scenario.collected.stream()
                .filter(v -> v.purchaseId().equals(purchaseId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(purchaseId + " is not among " + ids(scenario.collected)));
        assertThat(Duration.between(voided.purchaseTimeInstant(), voided.voidedTimeInstant()))
                .as("voidedTime - purchaseTime")
                .isEqualTo(span);
    }

    private static List<String> ids(List<VoidedPurchase> purchases) {
        return purchases.stream().map(VoidedPurchase::purchaseId).toList();
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
