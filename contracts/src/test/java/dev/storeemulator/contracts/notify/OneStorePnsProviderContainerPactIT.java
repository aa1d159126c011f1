package dev.storeemulator.contracts.notify;

import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.storeemulator.testkit.DockerAvailability;
import dev.storeemulator.testkit.StoreEmulatorContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** The committed message pact, verified against what the Docker image sends; states through the admin API. */
@Provider(OneStorePnsMessagePactTest.PROVIDER)
@PactFolder("pacts")
class OneStorePnsProviderContainerPactIT extends OneStorePnsProvider {
    static StoreEmulatorContainer container;
    static NotificationProviderStates states;

    @AfterAll
    static void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @Override
    NotificationProviderStates states() {
        return states;
    }

    /** Checks for Docker here rather than in @BeforeAll, so that a skip is reported per interaction. */
    @BeforeEach
    void target(PactVerificationContext context) {
        DockerAvailability.assumeImageOrFailInCi(StoreEmulatorContainer.DEFAULT_IMAGE);
        if (container == null) {
            container = new StoreEmulatorContainer();
            container.start();
            states = new NotificationProviderStates(new NotificationsDriver(container.getBaseUrl()));
        }
        context.setTarget(new MessageTestTarget());
    }
}
