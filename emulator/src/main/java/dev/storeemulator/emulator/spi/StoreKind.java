package dev.storeemulator.emulator.spi;

import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.FixtureSection;

/**
 * A store the emulator can serve: its section of a fixtures document, and how to make its live side from that
 * section. Registered in {@code StoreRegistry}; nothing outside the store's package and the registry names it.
 *
 * @param <F> the store's fixtures section
 */
public interface StoreKind<F extends FixtureSection.Value> extends FixtureSection<F> {

    /** The real API's host names ({@link dev.storeemulator.emulator.core.StoreModule#realHosts}), known before any start. */
    default java.util.List<String> realHosts() {
        return java.util.List.of();
    }

    /** The live store serving {@code fixtures}, on the emulator's clock. */
    LiveStore<F> create(F fixtures, VirtualClock clock);

    /**
     * The live store serving {@code fixtures}, on the emulator's clock, handing the notifications it sends to
     * {@code outbox}. By default a store sends none: {@link #create(FixtureSection.Value, VirtualClock)}.
     */
    default LiveStore<F> create(F fixtures, VirtualClock clock, dev.storeemulator.emulator.notify.Outbox outbox) {
        return create(fixtures, clock);
    }
}
