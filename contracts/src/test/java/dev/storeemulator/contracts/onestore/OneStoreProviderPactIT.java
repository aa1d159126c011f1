package dev.storeemulator.contracts.onestore;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.fixtures.TimeValue;
import dev.storeemulator.emulator.onestore.OneStoreModule;
import dev.storeemulator.emulator.onestore.OneStoreState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/** The committed ONE store pact, verified against the emulator in process; states through the Java API. */
@Provider(OneStorePact.PROVIDER)
@PactFolder("pacts")
class OneStoreProviderPactIT extends OneStoreProviderStates {
    static StoreEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = StoreEmulator.builder().build().start();
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    @Override
    Driver driver() {
        return new Driver() {
            @Override
            public void reset() {
                emulator.reset();
            }

            @Override
            public void seedToken(String accessToken, String expiresAt) {
                emulator.store(OneStoreModule.class)
                        .state()
                        .world(OneStoreState.Environment.SANDBOX)
                        .registerToken(
                                accessToken,
                                OneStorePact.PKG,
                                TimeValue.parse(expiresAt)
                                        .resolve(emulator.clock().instant()));
            }
        };
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("127.0.0.1", emulator.port()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void honoursTheContract(PactVerificationContext context) {
        context.verifyInteraction();
    }
}
