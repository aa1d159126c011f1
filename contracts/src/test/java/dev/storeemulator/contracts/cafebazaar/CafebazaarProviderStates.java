package dev.storeemulator.contracts.cafebazaar;

import static dev.storeemulator.contracts.cafebazaar.CafebazaarPact.*;

import au.com.dius.pact.provider.junitsupport.State;
import dev.storeemulator.client.cafebazaar.CafebazaarClient;

/** Every provider state of the Cafebazaar pact; subclasses say how to reach the emulator. */
abstract class CafebazaarProviderStates {

    abstract ProviderStateDriver driver();

    @State(DEMO_WORLD)
    void demoWorld() {
        driver().reset();
    }

    @State(EXPIRED_TOKEN)
    void expiredToken() {
        driver().reset();
        driver().seedAccessToken("demo-client-id", "expired-token", "now-PT1S");
    }

    @State(CODE_ISSUED)
    void codeIssued() {
        driver().reset();
        driver().seedAuthorizationCode(CODE, "demo-client-id");
    }

    /** Issued, then exchanged once through the real token endpoint, as a first use would. */
    @State(CODE_USED)
    void codeUsed() {
        driver().reset();
        driver().seedAuthorizationCode(USED_CODE, "demo-client-id");
        CafebazaarClient.builder()
                .baseUrl(driver().baseUrl())
                .clientId("demo-client-id")
                .clientSecret("demo-client-secret")
                .redirectUri(REDIRECT_URI)
                .build()
                .exchangeCode(USED_CODE);
    }
}
