package dev.storeemulator.features.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.admin.ClockState;
import dev.storeemulator.features.emulator.EmulatorTarget;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Support putting the emulator back as it was configured, and the clock as support reads it. */
public final class ResetSteps {
    private final ControlPlane plane;

    public ResetSteps(ControlPlane plane) {
        this.plane = plane;
    }

    /**
     * {@code POST /__admin/reset}: every store back to its fixtures, the clock as configured, an empty
     * journal. The features' own emulator is configured with its clock frozen at the scenario start. An
     * emulator reached by URL keeps its own, running clock; so, as before every scenario, the target then
     * resets it again pinned at the scenario start ({@code {"now", "frozen": true}}), and the scenario reads
     * the same on every target.
     */
    @When("support resets the emulator")
    public void resets() {
        plane.admin.reset();
        if (!plane.admin.clock().isFrozen()) {
            plane.emulator.reset();
        }
    }

    @Then("the clock reads the scenario start again, standing still")
    public void clockAtScenarioStart() {
        ClockState clock = plane.admin.clock().state();
        assertThat(clock.now()).as("the emulator's clock").isEqualTo(EmulatorTarget.SCENARIO_START);
        assertThat(clock.frozen()).as("the clock stands still").isTrue();
    }
}
