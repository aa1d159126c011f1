package dev.storeemulator.contracts.cafebazaar;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.cafebazaar.CafebazaarModule;
import dev.storeemulator.emulator.fixtures.TimeValue;
import java.time.Duration;

/** Provider states through the in-process emulator's Java API. */
record JavaApiDriver(StoreEmulator emulator) implements ProviderStateDriver {
    @Override
    public String baseUrl() {
        return emulator.baseUrl();
    }

    @Override
    public void reset() {
        emulator.reset();
    }

    @Override
    public void seedAccessToken(String clientId, String accessToken, String expiresAt) {
        emulator.store(CafebazaarModule.class)
                .state()
                .oauth()
                .register(
                        clientId,
                        accessToken,
                        null,
                        TimeValue.parse(expiresAt).resolve(emulator.clock().instant()));
    }

    @Override
    public void seedAuthorizationCode(String code, String clientId) {
        String redirectUri = emulator.store(CafebazaarModule.class)
                .state()
                .client(clientId)
                .orElseThrow()
                .redirectUri();
        emulator.store(CafebazaarModule.class)
                .state()
                .oauth()
                .registerCode(
                        code, clientId, redirectUri, emulator.clock().instant().plus(Duration.ofMinutes(10)));
    }
}
