package dev.storeemulator.emulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storeemulator.emulator.EmulatorTestSupport;
import dev.storeemulator.emulator.core.RequestLimits;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that sends a body over the limit reads the 413, whatever it is: the emulator reads and drops the
 * rest of the body (within {@link RequestLimits#DRAIN_BYTES}) before it answers, so the connection never ends
 * in a reset while the client is still sending. Each case is repeated: a race would show.
 */
class OversizedBodyTest extends EmulatorTestSupport {
    static final String CONSUME = "/devapi/v2/api/consume/com.example.game/purchases/?access_token=demo-access-token";
    static final int ROUNDS = 10;

    static byte[] body(int size) {
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) 'x');
        return body;
    }

    @Test
    void theJdkClientReadsThe413AndKeepsItsConnection() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + emulator.port() + CONSUME);
        byte[] twoMillion = body(2_000_000);
        for (int i = 0; i < ROUNDS; i++) {
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(twoMillion))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("round " + i).isEqualTo(413);
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        }
        HttpResponse<String> after = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + emulator.port()
                                + "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/demo-purchase-active/"
                                + "?access_token=demo-access-token"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.body()).contains("\"consumptionState\":1"); // nothing was consumed
    }

    @Test
    void theJdkClientReadsThe413OfAWorldOverTheAdminLimit() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + emulator.port() + "/__admin/fixtures");
        byte[] huge = body((int) RequestLimits.ADMIN_BODY_BYTES + 1024 * 1024);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/yaml")
                            .PUT(HttpRequest.BodyPublishers.ofByteArray(huge))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("round " + i).isEqualTo(413);
            assertThat(r.body()).contains("\"error\":\"request_too_large\"");
        }
    }

    @Test
    void aRawSocketThatSendsTheWholeBodyFirstReadsThe413() {
        byte[] twoMillion = body(2_000_000);
        String head = "POST " + CONSUME + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + twoMillion.length + "\r\nConnection: close\r\n\r\n";
        for (int i = 0; i < ROUNDS; i++) {
            Wire.Answer a = Wire.send(emulator.port(), head.getBytes(StandardCharsets.ISO_8859_1), twoMillion, 10_000);
            assertThat(a.failure()).as("round " + i + " " + a).isNull(); // the whole body went out: it was read
            assertThat(a.status()).as("round " + i + " " + a).isEqualTo(413);
            assertThat(WireFormats.isOwnError("cafebazaar", a)).as(a.toString()).isTrue();
        }
    }

    @Test
    void curlReadsThe413WithAndWithoutExpectContinue(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("curl"), "curl is not installed: this case needs it");
        Path file = dir.resolve("body.json");
        Files.write(file, body(2_000_000));
        String url = "http://127.0.0.1:" + emulator.port() + CONSUME;
        for (int i = 0; i < ROUNDS / 2; i++) {
            // curl asks for 100 Continue before a large body: the 413 comes first and the body is never sent
            assertThat(curl(url, file)).as("round " + i).isEqualTo("413");
            // without it, curl sends the whole body and reads the answer after
            assertThat(curl(url, file, "-H", "Expect:"))
                    .as("round " + i + ", no Expect")
                    .isEqualTo("413");
        }
    }

    static String curl(String url, Path body, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "curl",
                "-sS",
                "-o",
                "/dev/null",
                "-w",
                "%{http_code}",
                "--max-time",
                "20",
                "-H",
                "Content-Type: application/json",
                "--data-binary",
                "@" + body));
        command.addAll(List.of(extra));
        command.add(url);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.trim();
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aBodyOverTheDrainBoundIsRefusedAtOnce() {
        // Declared larger than the drain bound: answered without waiting for the body (which is never sent)
        String head = "POST " + CONSUME + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (RequestLimits.DRAIN_BYTES + 1) + "\r\n\r\n";
        long started = System.nanoTime();
        Wire.Answer a = Wire.send(emulator.port(), head.getBytes(StandardCharsets.ISO_8859_1), new byte[0], 10_000);
        assertThat(a.status()).as(a.toString()).isEqualTo(413);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(RequestLimits.DRAIN_TIME);
    }
}
