package dev.storeemulator.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testkit.DockerAvailability;
import dev.storeemulator.testkit.StoreEmulatorBaseUrl;
import dev.storeemulator.testkit.StoreEmulatorContainer;
import dev.storeemulator.testkit.StoreEmulatorTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The README's testkit snippets (between BEGIN/END markers; contracts' ReadmeSnippetsIT checks they match). */
class ReadmeExamplesTest {

    static int get(String url, String header, String value) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header(header, value).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Nested
    // BEGIN readme:extension
    @StoreEmulatorTest(fixtures = "classpath:acme-world.yaml", frozenAt = "2026-01-01T00:00:00Z")
    class MyBackendTest {
        @Test
        void seesThePurchase(@StoreEmulatorBaseUrl String baseUrl, VirtualClock clock) throws Exception {
            // point your backend's Cafebazaar base URL at baseUrl instead of https://pardakht.cafebazaar.ir
            String validate = baseUrl + "/devapi/v2/api/validate/com.acme.app/inapp/gems/purchases/t1/";
            assertThat(get(validate, "CAFEBAZAAR-PISHKHAN-API-SECRET", "acme-secret")).isEqualTo(200);
            clock.advance(Duration.ofDays(31));   // time only moves when the test says so
        }
    }
    // END readme:extension

    @Test
    void containerExample() throws Exception {
        DockerAvailability.assumeImageOrFailInCi(StoreEmulatorContainer.DEFAULT_IMAGE);
        // BEGIN readme:container
        try (StoreEmulatorContainer emulator = new StoreEmulatorContainer()             // store-emulator:local
                .withFixtures(Path.of("src/test/resources/acme-world.yaml"))) {        // optional; default: demo world
            emulator.start();                                                           // waits for /__admin/health
            String validate = emulator.getBaseUrl() + "/devapi/v2/api/validate/com.acme.app/inapp/gems/purchases/t1/";
            assertThat(get(validate, "CAFEBAZAAR-PISHKHAN-API-SECRET", "acme-secret")).isEqualTo(200);
        }
        // END readme:container
    }
}
