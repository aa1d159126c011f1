package dev.storeemulator.features.shared;

import dev.storeemulator.features.emulator.EmulatorTarget;
import dev.storeemulator.features.emulator.Targets;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Time passing, for every store: the emulator's clock moves only when a step says so, in one move. */
public final class ClockSteps {
    private final EmulatorTarget emulator = Targets.current();

    @When("{duration} pass(es)")
    public void timePasses(Duration duration) {
        emulator.advanceClock(duration);
    }

    /** "3 months pass": calendar months in UTC from the emulator's now. */
    @When("{int} month(s) pass(es)")
    public void monthsPass(int months) {
        Instant now = emulator.now();
        emulator.advanceClock(Duration.between(
                now, now.atZone(ZoneOffset.UTC).plusMonths(months).toInstant()));
    }
}
