package dev.storeemulator.features.cafebazaar;

import dev.storeemulator.features.emulator.Targets;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;

/** One emulator for the whole run, put back to the demo world (clock frozen) before every scenario. */
public final class Hooks {
    private final World world;

    public Hooks(World world) {
        this.world = world;
    }

    @Before(order = 0)
    public void resetTheEmulator() {
        world.emulator.reset();
    }

    @AfterAll
    public static void releaseTheEmulator() {
        Targets.close();
    }
}
