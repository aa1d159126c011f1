package dev.storeemulator.client.admin;

import dev.storeemulator.client.cafebazaar.CafebazaarClient;
import dev.storeemulator.emulator.StoreEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One in-process emulator (demo world, port 0) per test class, reset through the admin client before every test. */
abstract class AdminTestSupport {
    static final String PACKAGE = "com.example.game";
    static final String PRODUCT = "coins_100";
    static final String PURCHASE_ACTIVE = "demo-purchase-active";
    static final String PURCHASE_CONSUMED = "demo-purchase-consumed";
    static final String SUB_ACTIVE = "demo-sub-active";
    static final String SUB_CANCELLED = "demo-sub-cancelled";

    static StoreEmulator emulator;
    static StoreEmulatorAdmin admin;

    @BeforeAll
    static void startEmulator() {
        emulator = StoreEmulator.builder().build().start();
        admin = StoreEmulatorAdmin.connect(emulator.baseUrl());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.stop();
    }

    @BeforeEach
    void resetWorld() {
        admin.reset();
    }

    /** The store's own API, as an app's backend would call it (Pishkhan secret of the demo account). */
    static CafebazaarClient cafebazaarStore() {
        return CafebazaarClient.builder()
                .baseUrl(emulator.baseUrl())
                .pishkhanSecret("demo-pishkhan-secret")
                .build();
    }
}
