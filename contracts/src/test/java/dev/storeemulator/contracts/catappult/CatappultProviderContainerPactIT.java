package dev.storeemulator.contracts.catappult;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.storeemulator.testkit.DockerAvailability;
import dev.storeemulator.testkit.StoreEmulatorContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/** The committed Catappult pact, verified against the Docker image; states through the admin API. */
@Provider(CatappultPactTest.PROVIDER)
@PactFolder("pacts")
class CatappultProviderContainerPactIT {
    static StoreEmulatorContainer container;

    @AfterAll
    static void stop() {
        if (container != null) {
            container.stop();
        }
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
        return new CatappultProviderStates(container.getBaseUrl());
    }

    /** Checks for Docker here rather than in @BeforeAll, so that a skip is reported per interaction. */
    @BeforeEach
    void target(PactVerificationContext context) {
        DockerAvailability.assumeImageOrFailInCi(StoreEmulatorContainer.DEFAULT_IMAGE);
        if (container == null) {
            container = new StoreEmulatorContainer();
            container.start();
        }
        context.setTarget(
                new HttpTestTarget(container.getHost(), container.getMappedPort(StoreEmulatorContainer.PORT)));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void honoursTheContract(PactVerificationContext context) {
        context.verifyInteraction();
    }
}
