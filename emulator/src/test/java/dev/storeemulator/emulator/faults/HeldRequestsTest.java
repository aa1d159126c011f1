package dev.storeemulator.emulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.testsupport.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Delays park calls instead of holding server threads: 2,000 delayed calls at once are all held and answered. */
class HeldRequestsTest {
    static final int CALLS = 2_000;

    @Test
    void twoThousandDelayedCallsAreHeldAtOnceWithoutAThreadEachAndAllAnswered() throws Exception {
        ExecutorService clientThreads = Executors.newFixedThreadPool(4);
        try (StoreEmulator emulator = StoreEmulator.builder().build().start()) {
            new Http(emulator.baseUrl()).postJson("/__admin/faults", "{\"delay\": {\"fixed\": \"PT5S\"}}");
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .executor(clientThreads)
                    .connectTimeout(Duration.ofSeconds(20))
                    .build();
            URI uri = URI.create(emulator.baseUrl() + "/devapi/v2/api/validate/com.example.game/inapp/coins_100/"
                    + "purchases/demo-purchase-active/?access_token=demo-access-token");
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                calls.add(client.sendAsync(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            Http admin = new Http(emulator.baseUrl());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            int arrived = 0;
            while (arrived < CALLS && System.nanoTime() < deadline) {
                arrived =
                        Http.json(admin.get("/__admin/faults/f1")).get("fired").asInt();
            }
            int threadsWhileHeld = Thread.activeCount();
            long answeredWhileHeld =
                    calls.stream().filter(CompletableFuture::isDone).count();
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
            assertThat(calls).allSatisfy(c -> assertThat(c.join().statusCode()).isEqualTo(200));
            assertThat(arrived).as("calls parked by the delay at once").isEqualTo(CALLS);
            assertThat(answeredWhileHeld).as("none answered before its delay").isZero();
            assertThat(threadsWhileHeld)
                    .as("threads in this JVM while the calls were held")
                    .isLessThan(400);
        } finally {
            clientThreads.shutdownNow();
        }
    }
}
