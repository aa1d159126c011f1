package dev.storeemulator.emulator;

import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.emulator.spi.LiveStore;
import dev.storeemulator.emulator.spi.StoreKind;

/** A registered store and its live side: loads each from its own section of a fixtures document. */
record RunningStore<F extends dev.storeemulator.emulator.fixtures.FixtureSection.Value>(
        StoreKind<F> kind, LiveStore<F> store) {
    static <F extends dev.storeemulator.emulator.fixtures.FixtureSection.Value> RunningStore<F> start(
            StoreKind<F> kind, Fixtures world, VirtualClock clock, dev.storeemulator.emulator.notify.Outbox outbox) {
        return new RunningStore<>(kind, kind.create(world.section(kind), clock, outbox));
    }

    void load(Fixtures f) {
        store.load(f.section(kind));
    }

    void reload(Fixtures f) {
        store.reload(f.section(kind));
    }
}
