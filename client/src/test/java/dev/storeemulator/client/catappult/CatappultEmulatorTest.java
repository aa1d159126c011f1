package dev.storeemulator.client.catappult;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh in-process emulator (demo world, port 0) with a frozen virtual clock for every test. */
abstract class CatappultEmulatorTest {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final String PACKAGE = "com.example.game";
    static final String API_KEY = "demo-api-key";
    static final String SKU = "attempts";
    static final String SUB_SKU = "premium_monthly";
    static final String PREFIX = "catappult.inapp.purchase.";
    static final String ACTIVE = PREFIX + "DEMOACTIVE0001";
    static final String CONSUMED = PREFIX + "DEMOCONSUMED01";
    static final String CANCELED = PREFIX + "DEMOCANCELED01";
    static final String SUB_ACTIVE = PREFIX + "DEMOSUBACTIVE1";
    static final String SUB_EXPIRED = PREFIX + "DEMOSUBEXPIRE1";

    VirtualClock clock;
    StoreEmulator emulator;

    @BeforeEach
    void startEmulator() {
        clock = VirtualClock.frozenAt(START);
        emulator = StoreEmulator.builder().clock(clock).build().start();
    }

    @AfterEach
    void stopEmulator() {
        emulator.stop();
    }

    /** A builder aimed at the emulator, without an Api-Key. */
    CatappultClientBuilder demo() {
        return CatappultClient.builder().baseUrl(emulator.baseUrl());
    }

    CatappultClient client() {
        return demo().build();
    }
}
