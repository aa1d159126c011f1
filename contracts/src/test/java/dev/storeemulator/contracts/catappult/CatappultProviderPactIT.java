package dev.storeemulator.contracts.catappult;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.testsupport.Http;
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
        emulator.reset();
    }

    @State(CatappultPactTest.UNACKNOWLEDGED)
    void unacknowledged() {
        emulator.reset();
        Http.successful(
                new Http(emulator.baseUrl())
                        .postJson(
                                "/__admin/catappult/subscriptions",
                                "{\"token\":\"" + CatappultPactTest.STALE + "\",\"packageName\":\"com.example.game\","
                                        + "\"productId\":\"premium_monthly\",\"startTime\":\"now-P3D\",\"acknowledged\":false}"));
    }

    @State(CatappultPactTest.IN_GRACE)
    void inGrace() {
        emulator.reset();
        Http.successful(new Http(emulator.baseUrl())
                .postJson("/__admin/catappult/subscriptions/" + CatappultPactTest.T + "DEMOSUBACTIVE1/grace", ""));
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
