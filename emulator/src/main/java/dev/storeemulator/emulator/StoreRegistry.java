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
    private static final List<StoreKind<?>> BUILT_IN =
            List.of(new CafebazaarStore(), new OneStoreStore(), new CatappultStore());
    private static final List<StoreKind<?>> STORES = withPlugged(BUILT_IN);

    /** Every real host name of every store, in order: what the HTTPS certificate names, what network aliases map. */
    public static List<String> realHosts() {
        return STORES.stream().flatMap(s -> s.realHosts().stream()).distinct().toList();
    }

    /** Every store, in the order of a fixtures document and of the admin API. */
    public static List<StoreKind<?>> stores() {
        return STORES;
    }

    /**
     * The built-in stores, then any other {@link StoreKind} on the class path ({@code META-INF/services}): how a
     * store outside this jar, such as the test suite's own fourth store, is registered in one line.
     */
    private static List<StoreKind<?>> withPlugged(List<StoreKind<?>> builtIn) {
        List<StoreKind<?>> all = new java.util.ArrayList<>(builtIn);
        for (StoreKind<?> plugged :
                java.util.ServiceLoader.load(StoreKind.class, StoreRegistry.class.getClassLoader())) {
            if (all.stream().noneMatch(s -> s.name().equals(plugged.name()))) {
                all.add(plugged);
            }
        }
        return List.copyOf(all);
    }

    /** The stores this jar ships, without any plugged in from the class path. */
    public static List<StoreKind<?>> builtIn() {
        return BUILT_IN;
    }

    @Override
    public List<FixtureSection<?>> sections() {
        return List.copyOf(STORES);
    }
}
