package dev.storeemulator.contracts.cafebazaar;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.storeemulator.testkit.DockerAvailability;
import dev.storeemulator.testkit.StoreEmulatorContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The committed pacts, verified against the emulator's Docker image; states go through the admin API.
 * Skipped with a message where no Docker engine answers, failed instead when CI=true.
 */
@Provider(CafebazaarPact.PROVIDER)
@PactFolder("pacts")
class CafebazaarProviderContainerPactIT extends CafebazaarProviderStates {
    static StoreEmulatorContainer container;

    @AfterAll
    static void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @Override
    ProviderStateDriver driver() {
        return new AdminApiDriver(container.getBaseUrl());
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
