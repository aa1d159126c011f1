package dev.storeemulator.emulator.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.Http;
import dev.storeemulator.testsupport.StubServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** With {@code --state-dir}, a delivery still pending at stop is sent after the restart, and the license key stays. */
class PendingDeliveriesRestartTest {
    static final Instant START = Instant.parse("2026-05-01T00:00:00Z");

    @Test
    void aPendingDeliveryAndTheKeyPairSurviveARestart(@TempDir Path stateDir) throws Exception {
        AtomicBoolean up = new AtomicBoolean(false);
        try (StubServer receiver = new StubServer(r -> StubServer.Answer.json(up.get() ? 200 : 503, "{}"))) {
            Fixtures world = Fixtures.parse("""
                    onestore:
                      apps:
                        - {packageName: com.example.keep, clientSecret: s,
                           notifications: {sandbox: "%s/pns"}}
                      sandbox:
                        purchases:
                          - {purchaseId: K1, packageName: com.example.keep, productId: gems, purchaseTime: now-PT1H}
                    """.formatted(receiver.baseUrl()));
            String licenseKey;
            try (StoreEmulator first = emulator(world, stateDir)) {
                Http http = new Http(first.baseUrl());
                licenseKey = Http.json(http.get("/__admin/onestore/apps/com.example.keep"))
                        .get("licenseKey")
                        .asString();
                Http.successful(http.postJson("/__admin/onestore/sandbox/purchases/K1/refund", ""));
                awaitAttempts(first, 1);
            }
            up.set(true);
            try (StoreEmulator second = emulator(world, stateDir)) {
                Http http = new Http(second.baseUrl());
                assertThat(Http.json(http.get("/__admin/onestore/apps/com.example.keep"))
                                .get("licenseKey")
                                .asString())
                        .isEqualTo(licenseKey);
                Http.successful(http.postJson("/__admin/clock/advance", "{\"duration\":\"PT10S\"}"));
                long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                JsonNode d = null;
                while (System.nanoTime() < end) {
                    d = Http.json(http.get("/__admin/notifications"))
                            .get("notifications")
                            .get(0);
                    if (d.get("status").asString().equals("delivered")) {
                        break;
                    }
                    Thread.sleep(20);
                }
                assertThat(d.get("status").asString()).isEqualTo("delivered");
                assertThat(d.get("attempts")).hasSize(2);
                assertThat(OneStoreNotificationsTest.verifies(
                                receiver.received().get(1).body(), licenseKey))
                        .isTrue();
            }
        }
    }

    private static StoreEmulator emulator(Fixtures world, Path stateDir) {
        return StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(START))
                .fixtures(world)
                .stateDir(stateDir)
                .requestLog(false)
                .build()
                .start();
    }

    private static void awaitAttempts(StoreEmulator e, int n) throws InterruptedException {
        Http http = new Http(e.baseUrl());
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            JsonNode list = Http.json(http.get("/__admin/notifications")).get("notifications");
            if (!list.isEmpty() && list.get(0).get("attempts").size() >= n) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no attempt made");
    }
}
