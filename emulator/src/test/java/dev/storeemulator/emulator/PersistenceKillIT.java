package dev.storeemulator.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.Http;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code --state-dir} against {@code kill -9}: the jar is killed at a random moment while consumes and admin
 * creations stream in, restarted on the same directory, and must load with every change answered 2xx.
 */
class PersistenceKillIT {
    static final int ROUNDS = 20;
    static final int PURCHASES = 1500;
    static final Pattern LISTENING = Pattern.compile("listening on (http://[^ ]+) with");
    static final String CONSUME = "/devapi/v2/api/consume/com.example.game/purchases/?access_token=t";

    final Set<String> consumed = ConcurrentHashMap.newKeySet();
    final Set<String> created = ConcurrentHashMap.newKeySet();
    final AtomicInteger nextPurchase = new AtomicInteger();
    final AtomicInteger nextCreated = new AtomicInteger();

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void killedAtRandomMomentsItAlwaysRestartsWithEveryAcknowledgedChange(@TempDir Path dir) throws Exception {
        Path fixtures = Files.writeString(dir.resolve("world.json"), world());
        Path state = dir.resolve("state");
        Random random = new Random(9);
        int midWrite = 0;
        long started = System.nanoTime();
        for (int round = 1; round <= ROUNDS; round++) {
            Process process = ExecutableJarIT.java(
                            "--fixtures", fixtures.toString(), "--state-dir", state.toString(), "--port", "0")
                    .start();
            try {
                Http http = new Http(baseUrl(process));
                assertEverythingAcknowledgedIsThere(http, round);
                AtomicBoolean running = new AtomicBoolean(true);
                List<Thread> clients = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    boolean consumer = i % 2 == 0;
                    Thread client = new Thread(() -> stream(http, running, consumer), "client-" + i);
                    client.start();
                    clients.add(client);
                }
                Thread.sleep(500 + random.nextInt(1500)); // the kill lands at a random moment of the stream
                process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no final save
                assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
                running.set(false);
                for (Thread t : clients) {
                    t.join(10_000);
                }
                midWrite += Files.exists(state.resolve("state.json.tmp")) ? 1 : 0;
            } finally {
                process.destroyForcibly();
            }
        }
        Process last = ExecutableJarIT.java(
                        "--fixtures", fixtures.toString(), "--state-dir", state.toString(), "--port", "0")
                .start();
        try {
            assertEverythingAcknowledgedIsThere(new Http(baseUrl(last)), ROUNDS + 1);
        } finally {
            last.destroy();
            last.waitFor(10, TimeUnit.SECONDS);
        }
        System.out.printf(
                "kill -9 persistence: %d rounds, %d kills (%d left a half-written state.json.tmp), "
                        + "%d consumes + %d creations acknowledged, all found after restart, in %d s%n",
                ROUNDS,
                ROUNDS,
                midWrite,
                consumed.size(),
                created.size(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        assertThat(consumed.size() + created.size()).as("changes acknowledged").isGreaterThan(ROUNDS);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStateFileThatDoesNotLoadStopsTheStartWithExitCode2(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("state.json"), "{\"format\": 1, \"clock\": ");
        Process process = ExecutableJarIT.java("--state-dir", dir.toString(), "--port", "0")
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("Cannot use --state-dir", "state.json", "not a saved emulator state");
    }

    /** Consumes unused purchases, or creates new ones through the admin API, until the process dies. */
    private void stream(Http http, AtomicBoolean running, boolean consumer) {
        while (running.get()) {
            try {
                if (consumer) {
                    int n = nextPurchase.getAndIncrement();
                    if (n >= PURCHASES) {
                        return;
                    }
                    if (http.postJson(CONSUME, "{\"token\": \"P" + n + "\"}").statusCode() == 200) {
                        consumed.add("P" + n);
                    }
                } else {
                    String token = "C" + nextCreated.getAndIncrement();
                    if (http.postJson(
                                            "/__admin/cafebazaar/purchases",
                                            "{\"token\": \"" + token
                                                    + "\", \"packageName\": \"com.example.game\", \"productId\": \"coins\"}")
                                    .statusCode()
                            == 201) {
                        created.add(token);
                    }
                }
            } catch (RuntimeException e) {
                return; // killed: the call got no answer, so nothing was acknowledged
            }
        }
    }

    private void assertEverythingAcknowledgedIsThere(Http http, int round) {
        var r = http.get("/__admin/fixtures");
        assertThat(r.statusCode()).as("round %d: the state loads", round).isEqualTo(200);
        Set<String> consumedNow = new HashSet<>();
        Set<String> present = new HashSet<>();
        for (JsonNode p : Http.json(r).get("cafebazaar").get("purchases")) {
            present.add(p.get("token").asString());
            if (p.path("consumed").asBoolean(false)) {
                consumedNow.add(p.get("token").asString());
            }
        }
        assertThat(consumedNow).as("round %d: acknowledged consumes", round).containsAll(consumed);
        assertThat(present).as("round %d: acknowledged creations", round).containsAll(created);
    }

    /** Reads the start-up line, then keeps draining the output so the process never blocks on it. */
    private static String baseUrl(Process process) throws Exception {
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader out = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        StringBuilder seen = new StringBuilder();
                        String line;
                        while ((line = out.readLine()) != null) {
                            Matcher m = LISTENING.matcher(line);
                            if (m.find()) {
                                url.complete(m.group(1));
                            } else if (!url.isDone()) {
                                seen.append(line).append('\n');
                            }
                        }
                        url.completeExceptionally(new AssertionError("the emulator exited before listening:\n" + seen));
                    } catch (Exception e) {
                        url.completeExceptionally(e);
                    }
                },
                "emulator-output");
        reader.setDaemon(true);
        reader.start();
        return url.get(30, TimeUnit.SECONDS);
    }

    private static String world() {
        StringBuilder doc = new StringBuilder("{\"cafebazaar\": {\"accounts\": [{\"id\": \"a\", \"packages\": "
                + "[\"com.example.game\"], \"clients\": [{\"clientId\": \"c\", \"clientSecret\": \"s\", \"redirectUri\": "
                + "\"http://localhost/cb\"}]}], \"issuedTokens\": [{\"clientId\": \"c\", \"accessToken\": \"t\", "
                + "\"expiresAt\": \"now+P3650D\"}], \"purchases\": [");
        for (int i = 0; i < PURCHASES; i++) {
            doc.append(i == 0 ? "" : ",")
                    .append("{\"token\": \"P")
                    .append(i)
                    .append("\", \"packageName\": \"com.example.game\", \"productId\": \"coins\"}");
        }
        return doc.append("]}}").toString();
    }
}
