package dev.storeemulator.features.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.verify.Store;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What goes wrong at a store: fault rules added through the admin API ({@code POST /__admin/faults}), each
 * aimed at one store and one purchase token, so that no other call — ONE store's token request, say — is hit.
 * The hooks' reset before every scenario puts the fixtures' rules back, and the demo world has none.
 */
public final class FaultSteps {
    private final ResilientBackend backend;

    public FaultSteps(ResilientBackend backend) {
        this.backend = backend;
    }

    /** How a connection breaks: {@code reset} (a TCP reset) or {@code empty} (closed with no answer). */
    @ParameterType("resets the connection|hangs up without answering")
    public String connectionDrop(String text) {
        return text.startsWith("resets") ? "reset" : "empty";
    }

    /** A quota's window. */
    @ParameterType("second|minute|hour|day")
    public Duration window(String unit) {
        return Duration.of(1, ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT) + "S"));
    }

    @Given("the stores are running without injected faults")
    public void noFaults() {
        assertThat(backend.admin.faults().list())
                .as("the fault rules in force after the reset")
                .isEmpty();
    }

    @Given("{store} answers the next {int} request(s) for {string} with status {int}")
    public void answersWithStatus(Store store, int times, String token, int status) {
        inject(store, token, Map.of("response", Map.of("status", status), "times", times));
    }

    @Given("{store} allows {int} request(s) per {window} for {string}")
    public void allows(Store store, int limit, Duration window, String token) {
        inject(store, token, Map.of("quota", Map.of("limit", limit, "window", window.toString(), "per", "store")));
    }

    @Given("{store} takes {int} milliseconds to answer the next request for {string}")
    public void slowOnce(Store store, int millis, String token) {
        backend.faultDelay = Duration.ofMillis(millis);
        inject(store, token, Map.of("delay", Map.of("fixed", backend.faultDelay.toString()), "times", 1));
    }

    @Given("{store} takes {int} milliseconds to answer every request for {string}")
    public void slowAlways(Store store, int millis, String token) {
        backend.faultDelay = Duration.ofMillis(millis);
        inject(store, token, Map.of("delay", Map.of("fixed", backend.faultDelay.toString())));
    }

    @Given("{store} {connectionDrop} on the next request for {string}")
    public void dropsTheConnection(Store store, String connection, String token) {
        inject(store, token, Map.of("connection", connection, "times", 1));
    }

    @Given("{store} handles the next request for {string}, but the connection is reset before its answer arrives")
    public void losesTheAnswer(Store store, String token) {
        inject(store, token, Map.of("connection", "reset", "after", true, "times", 1));
    }

    /** Adds a rule doing {@code effect} to the calls to {@code store} that name purchase {@code token}. */
    private void inject(Store store, String token, Map<String, Object> effect) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("match", Map.of("store", journalName(store), "token", token));
        rule.putAll(effect);
        backend.faultId = backend.admin.faults().add(rule).get("id").asString();
        backend.faultToken = token;
    }

    /** The store's name in fault rules and the journal: {@code cafebazaar}, {@code onestore}, {@code catappult}. */
    static String journalName(Store store) {
        return store.name().toLowerCase(Locale.ROOT);
    }
}
