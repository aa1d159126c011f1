package dev.storeemulator.features.controlplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.storeemulator.client.admin.CountMatcher;
import dev.storeemulator.client.admin.JournalEntry;
import dev.storeemulator.client.admin.RequestPattern;
import dev.storeemulator.client.admin.VerificationException;
import dev.storeemulator.client.verify.Store;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request journal: what the stores were asked, verifications of it, and clearing it. */
public final class JournalSteps {
    private final ControlPlane plane;
    private VerificationException failedCheck;

    public JournalSteps(ControlPlane plane) {
        this.plane = plane;
    }

    @Then("the journal shows, newest first:")
    public void showsNewestFirst(DataTable expected) {
        List<Map<String, String>> recorded = plane.admin.requests().all().stream()
                .map(e -> row(e, expected.row(0)))
                .toList();
        assertThat(recorded).as("the journal, newest first").isEqualTo(expected.asMaps());
    }

    @Then("the journal is empty")
    public void isEmpty() {
        assertThat(plane.admin.requests().all()).as("the journal").isEmpty();
    }

    @Then("the journal holds exactly {int} {string} call(s) to {store} for {string}")
    public void holdsExactly(int count, String operation, Store store, String token) {
        plane.admin.verify(CountMatcher.exactly(count), pattern(operation, store, token));
    }

    @When("support checks that the journal holds exactly {int} {string} call(s) to {store} for {string}")
    public void checksExactly(int count, String operation, Store store, String token) {
        try {
            plane.admin.verify(CountMatcher.exactly(count), pattern(operation, store, token));
            failedCheck = null;
        } catch (VerificationException e) {
            failedCheck = e;
        }
    }

    @Then("the check fails, saying it expected {string} matching {string} but {int} matched")
    public void checkFails(String expected, String pattern, int matched) {
        assertThat(failedCheck).as("the failed check").isNotNull();
        assertThat(failedCheck.matched()).as("matched").isEqualTo(matched);
        assertThat(failedCheck.getMessage())
                .as("the failure's message")
                .startsWith(
                        "Expected " + expected + " request(s) matching [" + pattern + "] but " + matched + " matched.");
    }

    @Then("the failure lists the recent requests to {store}, newest first:")
    public void failureLists(Store store, List<String> requests) {
        assertThat(failedCheck).as("the failed check").isNotNull();
        List<String> lines = failedCheck.getMessage().lines().toList();
        assertThat(lines).as("the failure's message").hasSize(requests.size() + 2);
        assertThat(lines.get(1))
                .contains("most recent requests to " + ControlPlane.journalName(store) + ", newest first");
        assertThat(lines.subList(2, lines.size()).stream().map(String::strip).toList())
                .isEqualTo(requests);
    }

    @When("support clears the journal")
    public void clears() {
        assertThatCode(() -> plane.admin.requests().clear()).doesNotThrowAnyException();
    }

    @Then("the journal keeps the hint {string} for the last call")
    public void keepsTheHint(String hint) {
        List<JournalEntry> newest =
                plane.admin.requests().find(RequestPattern.any().limit(1));
        assertThat(newest).as("the journal's newest entry").hasSize(1);
        assertThat(newest.get(0).hint())
                .as("hint of " + newest.get(0).summary())
                .isEqualTo(hint);
    }

    private static RequestPattern pattern(String operation, Store store, String token) {
        return RequestPattern.store(ControlPlane.journalName(store))
                .operation(operation)
                .token(token);
    }

    /** The fields of {@code entry} the table names, as text (absent: null, as Cucumber reads an empty cell). */
    private static Map<String, String> row(JournalEntry entry, List<String> columns) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : columns) {
            row.put(
                    column,
                    switch (column) {
                        case "store" -> entry.store();
                        case "operation" -> entry.operation();
                        case "method" -> entry.method();
                        case "status" -> Integer.toString(entry.status());
                        case "token" -> entry.token();
                        case "packageName" -> entry.packageName();
                        case "productId" -> entry.productId();
                        default -> throw new IllegalArgumentException("no journal column " + column);
                    });
        }
        return row;
    }
}
