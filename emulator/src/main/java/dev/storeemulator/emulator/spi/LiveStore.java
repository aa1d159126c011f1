package dev.storeemulator.emulator.spi;

import dev.storeemulator.emulator.admin.EditableStore;
import dev.storeemulator.emulator.core.StoreModule;
import dev.storeemulator.emulator.fixtures.FixtureSection;

/**
 * A running store: its routes and error formats ({@link StoreModule}), its world as the control plane edits and
 * saves it ({@link EditableStore}), and what the emulator does to every store on reset, reload and clock moves.
 *
 * @param <F> the store's fixtures section
 */
public interface LiveStore<F extends FixtureSection.Value> extends StoreModule, EditableStore {

    /** Replaces the whole state with what {@code fixtures} describe, as of the clock's now (a reset). */
    void load(F fixtures);

    /** Like {@link #load}, but what fixtures do not describe (issued tokens, quotas, cursors) lives on. */
    void reload(F fixtures);

    /**
     * Called after the clock moves, and once a second while it runs when {@link #watchesRealTime}: bill renewals,
     * tell the timers that fell due since the last call. Must be safe to call from two threads at once (each due
     * event told once). Nothing by default.
     */
    default void clockMoved() {}

    /**
     * Whether {@link #clockMoved} must also run as a running clock passes real time: true for a store whose timers
     * send notifications, while it has a receiver for them. False by default.
     */
    default boolean watchesRealTime() {
        return false;
    }
}
