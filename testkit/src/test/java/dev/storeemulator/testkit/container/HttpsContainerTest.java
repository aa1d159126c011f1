package dev.storeemulator.testkit.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testkit.DockerAvailability;
import dev.storeemulator.testkit.StoreEmulatorContainer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Network;

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
            c.start();
            assertThat(c.getNetworkAliases())
                    .contains(
                            "pardakht.cafebazaar.ir",
                            "sbpp.onestore.co.kr",
                            "iap-apis.onestore.net",
                            "api.catappult.io");
            assertThat(c.getHttpsBaseUrl()).endsWith(":" + c.getMappedPort(443));
            assertThat(get(c, VALIDATE)).isEqualTo(200);
        }
    }
}
