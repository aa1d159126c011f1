package dev.storeemulator.emulator;

import dev.storeemulator.emulator.cafebazaar.CafebazaarStore;
import dev.storeemulator.emulator.catappult.CatappultStore;
import dev.storeemulator.emulator.fixtures.FixtureSection;
import dev.storeemulator.emulator.fixtures.FixtureSections;
import dev.storeemulator.emulator.onestore.OneStoreStore;
import dev.storeemulator.emulator.spi.StoreKind;
import java.util.List;

/**
 * The one list of stores. Everything that spans the stores (fixtures, reset and reload, persistence, admin,
 * faults, routing) iterates it and never names a store; adding a store is a package behind
 * {@link StoreKind} and a line here. Also the fixtures' source of sections (found through
 * {@code META-INF/services}).
 */
public final class StoreRegistry implements FixtureSections.Provider {
    private static final List<StoreKind<?>> STORES =
            List.of(new CafebazaarStore(), new OneStoreStore(), new CatappultStore());

    /** Every store, in the order of a fixtures document and of the admin API. */
    public static List<StoreKind<?>> stores() {
        return STORES;
    }

    @Override
    public List<FixtureSection<?>> sections() {
        return List.copyOf(STORES);
    }
}
