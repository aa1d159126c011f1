package dev.storeemulator.contracts.cafebazaar;

import static dev.storeemulator.contracts.cafebazaar.CafebazaarPact.*;

import au.com.dius.pact.provider.junitsupport.State;
import dev.storeemulator.emulator.StoreEmulator;
import java.time.Duration;
import java.time.Instant;

/** Every provider state of the Cafebazaar pact, set through the emulator's Java API. */
abstract class CafebazaarProviderStates {

    abstract StoreEmulator emulator();

    @State(DEMO_WORLD)
    void demoWorld() {
        emulator().reset();
    }

    @State(EXPIRED_TOKEN)
    void expiredToken() {
        emulator().reset();
        Instant now = emulator().clock().instant();
        emulator().cafebazaar().state().oauth().register("demo-client-id", "expired-token", null, now.minusSeconds(1));
    }

    @State(CODE_ISSUED)
    void codeIssued() {
        emulator().reset();
        registerCode(CODE);
    }

    /** Issued, then exchanged once through the real token endpoint, as a first use would. */
    @State(CODE_USED)
    void codeUsed() throws Exception {
        emulator().reset();
        registerCode(USED_CODE);
        var client = dev.storeemulator.client.cafebazaar.CafebazaarClient.builder().baseUrl(emulator().baseUrl())
                .clientId("demo-client-id").clientSecret("demo-client-secret").redirectUri(REDIRECT_URI).build();
        client.exchangeCode(USED_CODE);
    }

    private void registerCode(String code) {
        Instant expiresAt = emulator().clock().instant().plus(Duration.ofMinutes(10));
        emulator().cafebazaar().state().oauth().registerCode(code, "demo-client-id", REDIRECT_URI, expiresAt);
    }
}
