package dev.storeemulator.emulator.teststore;

import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.spi.LiveStore;
import dev.storeemulator.emulator.spi.StoreKind;

/**
 * A fourth store that exists only in the test suite: one route, one fixtures list, one error. Registered in one
 * line ({@code META-INF/services/dev.storeemulator.emulator.spi.StoreKind} in the test resources) and nowhere
 * else, it proves that whatever spans the stores reaches a new one without another edit.
 */
public final class TestStore implements StoreKind<TestStoreFixtures> {
    public static final String NAME = "teststore";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<TestStoreFixtures> type() {
        return TestStoreFixtures.class;
    }

    @Override
    public TestStoreFixtures empty() {
        return new TestStoreFixtures(null);
    }

    @Override
    public LiveStore<TestStoreFixtures> create(TestStoreFixtures fixtures, VirtualClock clock) {
        return new TestStoreModule(fixtures);
    }
}
