package dev.storeemulator.emulator.admin;

import dev.storeemulator.emulator.fixtures.FixtureProblem;
import java.time.Instant;
import java.util.List;

/** What the admin API asks of the emulator as a whole: the fixtures it serves, reset, reload, load. */
public interface ControlPlane {

    /** Where the fixtures being served came from (a path, {@code demo world}, {@code PUT /__admin/fixtures}). */
    String fixturesSource();

    /**
     * Back to the loaded fixtures, an empty journal, and the clock as configured at start — or, when
     * {@code clock} is given, set so (the fixtures' relative times then count from it).
     */
    void reset(java.util.function.Consumer<dev.storeemulator.emulator.core.VirtualClock> clock);

    /** Reads the fixtures file again; throws {@link AdminException} when there is none or it is invalid. */
    void reload();

    /** Loads a fixtures document (YAML or JSON); it becomes the world and the reset point. */
    void load(String document);

    /** The outcome of the latest reload (by {@code --watch} or the admin API), or null if none yet. */
    ReloadStatus lastReload();

    /** A reload's outcome; an invalid edit keeps the previous world and lists its problems here. */
    record ReloadStatus(boolean ok, Instant at, String source, List<FixtureProblem> problems) {}
}
