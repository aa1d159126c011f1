package dev.storeemulator.contracts.catappult;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.storeemulator.emulator.StoreEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/** The committed Catappult pact, verified against the emulator in process. */
@Provider(CatappultPactTest.PROVIDER)
@PactFolder("pacts")
class CatappultProviderPactIT {
    static StoreEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = StoreEmulator.builder().build().start();
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    @State(CatappultPactTest.DEMO_WORLD)
    void demoWorld() {
        states().demoWorld();
    }

    @State(CatappultPactTest.UNACKNOWLEDGED)
    void unacknowledged() {
        states().unacknowledged();
    }

    @State(CatappultPactTest.IN_GRACE)
    void inGrace() {
        states().inGrace();
    }

    private CatappultProviderStates states() {
        return new CatappultProviderStates(emulator.baseUrl());
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
