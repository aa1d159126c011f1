package dev.storeemulator.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testkit.DockerAvailability;
import dev.storeemulator.testkit.NotificationSink;
import dev.storeemulator.testkit.ReceivedNotification;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's testkit snippets (between BEGIN/END markers; contracts' ReadmeSnippetsIT checks they match). */
class ReadmeExamplesTest {

    static int get(String url, String header, String value) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header(header, value).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static int post(String url, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
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

    @Nested
    // BEGIN readme:sink
    class WebhookTest {
        @RegisterExtension
        static NotificationSink sink = NotificationSink.extension();   // 127.0.0.1, a free port; emptied before each test

        @Test
        void retriedUntilAccepted() throws Exception {
            sink.refuseNext(1);                                          // the first attempt gets a 503
            // register sink.url() as the webhook; here the test posts as the emulator would
            assertThat(post(sink.url(), "{\"event\":\"PURCHASED\"}")).isEqualTo(503);
            assertThat(post(sink.url(), "{\"event\":\"PURCHASED\"}")).isEqualTo(200);
            ReceivedNotification accepted = sink.awaitCount(1, Duration.ofSeconds(10)).get(0);
            assertThat(accepted.bodyText()).contains("PURCHASED");
            assertThat(sink.received()).extracting(ReceivedNotification::status).containsExactly(503, 200);
        }
    }
    // END readme:sink

    @Test
    void sinkBesideAContainerExample() throws Exception {
        DockerAvailability.assumeImageOrFailInCi(StoreEmulatorContainer.DEFAULT_IMAGE);
        // BEGIN readme:sink-container
        try (NotificationSink sink = NotificationSink.start();
                StoreEmulatorContainer emulator = new StoreEmulatorContainer().withHostNetwork()) {
            emulator.start();                               // on 127.0.0.1 of this machine, a free port
            String webhook = sink.urlFor(emulator);         // reachable from the container: register it
            assertThat(webhook).isEqualTo(sink.url());
            assertThat(get(emulator.getBaseUrl() + "/__admin/health", "Accept", "application/json")).isEqualTo(200);
        }
        // END readme:sink-container
    }
}
