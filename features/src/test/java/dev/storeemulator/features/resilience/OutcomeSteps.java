package dev.storeemulator.features.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.admin.CountMatcher;
import dev.storeemulator.client.admin.JournalEntry;
import dev.storeemulator.client.admin.RequestPattern;
import dev.storeemulator.client.verify.Store;
import io.cucumber.java.en.Then;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** What the backend got, what its client did to get it, and what the store saw (its journal, the fault's counts). */
public final class OutcomeSteps {
    /** How long a late answer may take to show in the journal beyond its delay, before we call it lost. */
    private static final Duration LATE_ANSWER_GRACE = Duration.ofSeconds(5);
    /** How often the journal is read while waiting for that answer. */
    private static final Duration POLL = Duration.ofMillis(25);

    private final ResilientBackend backend;

    public OutcomeSteps(ResilientBackend backend) {
        this.backend = backend;
    }

    @Then("the backend gets the purchase")
    public void getsThePurchase() {
        backend.answer();
    }

    @Then("the backend's call succeeds")
    public void succeeds() {
        backend.answer();
    }

    @Then("the backend is refused with {int} {string} after {int} attempt(s)")
    public void isRefused(int status, String code, int attempts) {
        Refusal refusal = backend.refusal();
        assertThat(refusal.code()).as("the store's error code").isEqualTo(code);
        assertThat(refusal.status()).as("HTTP status").isEqualTo(status);
        assertThat(refusal.attempts()).as("attempts").isEqualTo(attempts);
    }

    @Then("{store} was asked {int} time(s) for {string}")
    public void wasAsked(Store store, int times, String token) {
        backend.admin.verify(CountMatcher.exactly(times), requestsFor(store, token));
    }

    @Then("{store} answered {int} of them with status {int}")
    public void answeredWith(Store store, int times, int status) {
        backend.admin.verify(
                CountMatcher.exactly(times),
                requestsFor(store, backend.faultToken).status(status));
    }

    @Then("the injected fault fired {int} time(s)")
    public void faultFired(int times) {
        assertThat(fault().get("fired").asLong()).as("fired, of " + fault()).isEqualTo(times);
    }

    @Then("the injected fault hit {int} of the {int} requests")
    public void faultHit(int fired, int matched) {
        ObjectNode rule = fault();
        assertThat(rule.get("matched").asLong()).as("matched, of " + rule).isEqualTo(matched);
        assertThat(rule.get("fired").asLong()).as("fired, of " + rule).isEqualTo(fired);
    }

    @Then("the backend's client waited {duration} before retrying, as the store's Retry-After said")
    public void waitedAsTold(Duration wait) {
        assertThat(backend.time.waits())
                .as("the client's waits between attempts")
                .containsExactly(wait);
    }

    @Then("the backend's client gave up at once, without waiting")
    public void gaveUpAtOnce() {
        assertThat(backend.time.waits())
                .as("the client's waits between attempts")
                .isEmpty();
        assertThat(backend.refusal().attempts()).as("attempts").isEqualTo(1);
    }

    @Then("the backend had its answer before the slow one would have come")
    public void answeredBeforeTheSlowOne() {
        backend.answer();
        assertThat(backend.took)
                .as("how long the backend's call took, retry included")
                .isLessThan(backend.faultDelay);
    }

    /**
     * The store still answers the timed-out attempt once its delay is over, into a closed connection. The step
     * reads the journal until that answer shows (a bounded wait for an event, not a fixed sleep); waiting for it
     * also keeps it from landing in the next scenario's journal.
     */
    @Then("{store}'s late answer to the first attempt arrives after the backend stopped listening")
    public void lateAnswerArrives(Store store) throws InterruptedException {
        String token = backend.faultToken;
        long giveUpAt =
                System.nanoTime() + backend.faultDelay.plus(LATE_ANSWER_GRACE).toNanos();
        List<JournalEntry> late = List.of();
        while (late.isEmpty() && System.nanoTime() < giveUpAt) {
            late = backend.admin.requests().find(requestsFor(store, token)).stream()
                    .filter(e -> e.latencyMs() >= backend.faultDelay.toMillis())
                    .toList();
            if (late.isEmpty()) {
                Thread.sleep(POLL.toMillis());
            }
        }
        assertThat(late)
                .as("the journalled answers to " + token + " that took the whole delay")
                .hasSize(1);
    }

    @Then("the client flags the refusal as possibly caused by its own earlier attempt")
    public void flagsPossibleDuplicate() {
        Refusal refusal = backend.refusal();
        assertThat(refusal.alreadyDone())
                .as("the store's \"already done\" refusal")
                .isTrue();
        assertThat(refusal.possiblyDuplicate()).as("isPossiblyDuplicate()").isTrue();
    }

    @Then("the client does not flag the refusal as possibly caused by its own earlier attempt")
    public void doesNotFlag() {
        Refusal refusal = backend.refusal();
        assertThat(refusal.alreadyDone())
                .as("the store's \"already done\" refusal")
                .isTrue();
        assertThat(refusal.possiblyDuplicate()).as("isPossiblyDuplicate()").isFalse();
    }

    @Then("the backend should grant the purchase, unless its own records show it already has")
    public void shouldGrantUnlessGranted() {
        assertThat(backend.refusal().conclusion()).isEqualTo(Refusal.Conclusion.GRANT_UNLESS_ALREADY_GRANTED);
    }

    @Then("the backend should treat it as a replay and grant nothing")
    public void shouldTreatAsReplay() {
        assertThat(backend.refusal().conclusion()).isEqualTo(Refusal.Conclusion.REPLAY);
    }

    @Then("{store} reports purchase {string} of product {string} consumed")
    public void reportsConsumed(Store store, String purchase, String product) {
        assertThat(backend.on(store).isConsumed(purchase, product))
                .as(purchase + " consumed")
                .isTrue();
    }

    @Then("Catappult reports subscription {string} of {string} acknowledged")
    public void reportsAcknowledged(String subscription, String product) {
        assertThat(backend.on(Store.CATAPPULT).isConsumed(subscription, product))
                .as(subscription + " acknowledged")
                .isTrue();
    }

    private RequestPattern requestsFor(Store store, String token) {
        return RequestPattern.store(FaultSteps.journalName(store)).token(token);
    }

    private ObjectNode fault() {
        assertThat(backend.faultId).as("the scenario injected a fault").isNotNull();
        return backend.admin.faults().get(backend.faultId);
    }
}
