package dev.storeemulator.contracts.onestore;

import static dev.storeemulator.contracts.onestore.OneStorePact.*;

import au.com.dius.pact.provider.junitsupport.State;

/** Every provider state of the ONE store pact; subclasses say how to reach the emulator. */
abstract class OneStoreProviderStates {

    /** Resets the emulator; seeds a sandbox access token for com.example.game when {@code expiresAt} is given. */
    interface Driver {
        void reset();

        void seedToken(String accessToken, String expiresAt);
    }

    abstract Driver driver();

    @State(DEMO_WORLD)
    void demoWorld() {
        driver().reset();
    }

    @State(TOKEN_ISSUED)
    void tokenIssued() {
        driver().reset();
        driver().seedToken(TOKEN, "now+PT1H");
    }

    @State(TOKEN_EXPIRED)
    void tokenExpired() {
        driver().reset();
        driver().seedToken(TOKEN, "now-PT1S");
    }
}
