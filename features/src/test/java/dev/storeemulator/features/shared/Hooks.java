package dev.storeemulator.features.shared;

import dev.storeemulator.features.emulator.Targets;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;

/**
 * One emulator for the whole run, put back to the demo world before every scenario of every store: the
 * clock frozen at the scenario start, every store at its fixtures, the request journal empty.
 */
public final class Hooks {

    @Before(order = 0)
    public void resetTheEmulator() {
        Targets.current().reset();
    }

    @AfterAll
    public static void releaseTheEmulator() {
        Targets.close();
    }
}
