package dev.storeemulator.emulator.persist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * A change is on disk before its caller hears it succeeded: the state file read while the emulator still
 * runs (as a kill would leave it) holds every change answered 2xx, concurrent writers included.
 */
@Timeout(120)
class AcknowledgedChangesTest {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final String CONSUME = "/devapi/v2/api/consume/com.example.game/purchases/?access_token=t";

    @TempDir
    Path dir;

    static Fixtures world(int purchases) {
        StringBuilder doc = new StringBuilder("{\"cafebazaar\": {\"accounts\": [{\"id\": \"a\", \"packages\": "
                + "[\"com.example.game\"], \"clients\": [{\"clientId\": \"c\", \"clientSecret\": \"s\", \"redirectUri\": "
                + "\"http://localhost/cb\"}]}], \"issuedTokens\": [{\"clientId\": \"c\", \"accessToken\": \"t\"}], "
                + "\"purchases\": [");
        for (int i = 0; i < purchases; i++) {
            doc.append(i == 0 ? "" : ",")
                    .append("{\"token\": \"P")
                    .append(i)
                    .append("\", \"packageName\": \"com.example.game\", \"productId\": \"coins\"}");
        }
        return Fixtures.parse(doc.append("]}}").toString(), "generated");
    }

    /** The consumed purchases of the world saved in {@code dir}: its snapshot with the change log replayed. */
    static List<String> consumedIn(Path dir) throws Exception {
        JsonNode world = SavedState.worldIn(dir).orElseThrow();
        List<String> consumed = new ArrayList<>();
        world.get("cafebazaar").get("purchases").forEach(p -> {
            if (p.path("consumed").asBoolean(false)) {
                consumed.add(p.get("token").asString());
            }
        });
        return consumed;
    }

    @Test
    void everyConcurrentConsumeAnswered200IsInTheStateFileBeforeAnyStop() throws Exception {
        int calls = 200;
        try (StoreEmulator e = StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(START))
                .fixtures(world(calls))
                .stateDir(dir)
                .build()
                .start()) {
            Http http = new Http(e.baseUrl());
            List<String> acknowledged = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < calls; i++) {
                    String token = "P" + i;
                    answers.add(pool.submit(() -> http.postJson(CONSUME, "{\"token\": \"" + token + "\"}")
                                            .statusCode()
                                    == 200
                            ? token
                            : null));
                }
                for (Future<String> f : answers) {
                    if (f.get() != null) {
                        acknowledged.add(f.get());
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(acknowledged).hasSize(calls);
            assertThat(consumedIn(dir)).containsExactlyInAnyOrderElementsOf(acknowledged);
            System.out.printf("%d concurrent consumes, %d state writes (coalesced)%n", calls, e.stateWrites() - 1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 3000})
    void writeCostStaysAtTensOfWritesPerSecondForAFewThousandEntries(int entries) throws Exception {
        int calls = 300;
        Fixtures world = world(entries + calls + 20);
        double inMemory;
        try (StoreEmulator e = StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(START))
                .fixtures(world)
                .build()
                .start()) {
            inMemory = consumesPerSecond(e, entries, calls);
        }
        try (StoreEmulator e = StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(START))
                .fixtures(world)
                .stateDir(dir)
                .build()
                .start()) {
            double persisted = consumesPerSecond(e, entries, calls);
            long bytes = Files.size(dir.resolve(StateFile.NAME));
            System.out.printf(
                    "write cost: %d sequential consumes on a %d-purchase world (%d KiB state): %.0f/s "
                            + "(%.2f ms each) with --state-dir, %.0f/s (%.2f ms) in memory%n",
                    calls, entries + calls + 20, bytes / 1024, persisted, 1000 / persisted, inMemory, 1000 / inMemory);
            assertThat(persisted).as("writes per second").isGreaterThan(20);
        }
    }

    /** Sequential consumes of P0… after a warm-up on the purchases past {@code entries + calls}. */
    private static double consumesPerSecond(StoreEmulator e, int entries, int calls) {
        Http http = new Http(e.baseUrl());
        for (int i = 0; i < 20; i++) {
            http.postJson(CONSUME, "{\"token\": \"P" + (entries + calls + i) + "\"}");
        }
        long started = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            assertThat(http.postJson(CONSUME, "{\"token\": \"P" + i + "\"}").statusCode())
                    .isEqualTo(200);
        }
        return calls / ((System.nanoTime() - started) / 1e9);
    }
}
