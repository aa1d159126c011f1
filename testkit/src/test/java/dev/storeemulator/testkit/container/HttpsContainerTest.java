package dev.storeemulator.testkit.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testkit.DockerAvailability;
import dev.storeemulator.testkit.StoreEmulatorContainer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.MountableFile;

/** The image's HTTPS port, trusted in one line; on a network, under every real store host. */
class HttpsContainerTest {
    static final String VALIDATE = "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/"
            + "demo-purchase-active/?access_token=demo-access-token";

    @BeforeEach
    void requireDocker() {
        DockerAvailability.assumeImageOrFailInCi(StoreEmulatorContainer.DEFAULT_IMAGE);
    }

    static int get(StoreEmulatorContainer c, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(c.sslContext()).build();
        return client.send(
                        HttpRequest.newBuilder(URI.create(c.getHttpsBaseUrl() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void theImageServesHttpsOn7443UnderItsOwnCa() throws Exception {
        try (StoreEmulatorContainer c = new StoreEmulatorContainer()) {
            c.start();
            assertThat(c.caCertificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
            assertThat(c.getHttpsBaseUrl()).endsWith(":" + c.getMappedPort(StoreEmulatorContainer.HTTPS_PORT));
            assertThat(get(c, VALIDATE)).isEqualTo(200);
        }
    }

    @Test
    void withRealHostnamesTheNetworkKnowsEveryStoreHostAndHttpsIsOn443() throws Exception {
        try (Network network = Network.newNetwork();
                StoreEmulatorContainer c = new StoreEmulatorContainer().withRealHostnames(network)) {
            c.withNetworkAliases("outside-the-certificate");
            c.start();
            assertThat(c.getNetworkAliases())
                    .contains(
                            "pardakht.cafebazaar.ir",
                            "sbpp.onestore.co.kr",
                            "iap-apis.onestore.net",
                            "api.catappult.io");
            assertThat(c.getHttpsBaseUrl()).endsWith(":" + c.getMappedPort(443));
            assertThat(get(c, VALIDATE)).isEqualTo(200);
            assertThat(probe(network, c.caCertificatePem(), "https://pardakht.cafebazaar.ir" + VALIDATE))
                    .as("an application container with only the CA, by the real URL")
                    .contains("status 200");
            assertThat(probe(network, c.caCertificatePem(), "https://outside-the-certificate" + VALIDATE))
                    .as("a name that reaches the emulator but that its certificate does not hold")
                    .contains("failed")
                    .contains("SSLHandshakeException");
        }
    }

    /** Runs {@link HttpsProbe} in a container on {@code network} (the image's own JRE) and answers its output. */
    static String probe(Network network, String caPem, String url) throws Exception {
        String classFile = HttpsProbe.class.getName().replace('.', '/') + ".class";
        try (GenericContainer<?> app = new GenericContainer<>(StoreEmulatorContainer.DEFAULT_IMAGE)
                .withNetwork(network)
                .withCopyFileToContainer(MountableFile.forClasspathResource(classFile), "/probe/" + classFile)
                .withCopyToContainer(Transferable.of(caPem), "/probe/ca.pem")
                .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("java"))
                .withCommand("-cp", "/probe", HttpsProbe.class.getName(), url, "/probe/ca.pem")
                .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofSeconds(60)))) {
            app.start();
            return app.getLogs();
        }
    }
}
