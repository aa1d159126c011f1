package dev.storeemulator.contracts.catappult;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.storeemulator.testkit.DockerAvailability;
import dev.storeemulator.testkit.StoreEmulatorContainer;
import dev.storeemulator.testsupport.Http;
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
        Http.successful(new Http(container.getBaseUrl()).postJson("/__admin/reset", "{}"));
    }

    @State(CatappultPactTest.UNACKNOWLEDGED)
    void unacknowledged() {
        demoWorld();
        Http.successful(
                new Http(container.getBaseUrl())
                        .postJson(
                                "/__admin/catappult/subscriptions",
                                "{\"token\":\"" + CatappultPactTest.STALE + "\",\"packageName\":\"com.example.game\","
                                        + "\"productId\":\"premium_monthly\",\"startTime\":\"now-P3D\",\"acknowledged\":false}"));
    }

    @State(CatappultPactTest.IN_GRACE)
    void inGrace() {
        demoWorld();
        Http.successful(new Http(container.getBaseUrl())
                .postJson("/__admin/catappult/subscriptions/" + CatappultPactTest.T + "DEMOSUBACTIVE1/grace", ""));
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
