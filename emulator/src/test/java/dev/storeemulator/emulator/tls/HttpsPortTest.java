package dev.storeemulator.emulator.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTPS port under the stores' real host names: curl with only the emulator's CA and {@code --resolve} reaches
 * each store by its real host (ONE store's sandbox and commercial by theirs), a name the certificate does not hold is
 * refused, and plain HTTP on the TLS port is closed cleanly.
 */
class HttpsPortTest {
    static StoreEmulator emulator;
    static Path caFile;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        emulator = StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(Instant.parse("2026-03-01T10:00:00Z")))
                .httpsPort(0)
                .tlsHosts(List.of("store-emulator"))
                .requestLog(false)
                .build()
                .start();
        HttpResponse<String> ca = new Http(emulator.baseUrl()).get("/__admin/tls/ca.pem");
        assertThat(ca.statusCode()).isEqualTo(200);
        assertThat(ca.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/x-pem-file"));
        assertThat(ca.body()).isEqualTo(emulator.caCertificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
        caFile = dir.resolve("ca.pem");
        Files.writeString(caFile, ca.body());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    /** curl's exit code and output for {@code url} reached at the HTTPS port of 127.0.0.1 whatever its host. */
    static Curl curl(String host, String pathAndQuery, String... more) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is not installed here");
        int port = emulator.httpsPort();
        List<String> cmd = new ArrayList<>(List.of(
                "/usr/bin/curl",
                "-sS",
                "--max-time",
                "10",
                "--cacert",
                caFile.toString(),
                "--resolve",
                host + ":" + port + ":127.0.0.1",
                "-w",
                "\n%{http_code}"));
        cmd.addAll(List.of(more));
        cmd.add("https://" + host + ":" + port + pathAndQuery);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new Curl(p.exitValue(), out);
    }

    record Curl(int exit, String output) {
        int status() {
            return Integer.parseInt(
                    output.substring(output.lastIndexOf('\n') + 1).trim());
        }
    }

    @Test
    void cafebazaarValidatesUnderItsRealHost() throws Exception {
        Curl c = curl(
                "pardakht.cafebazaar.ir",
                "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/demo-purchase-active/"
                        + "?access_token=demo-access-token");
        assertThat(c.exit()).as(c.output()).isZero();
        assertThat(c.status()).isEqualTo(200);
        assertThat(c.output()).contains("\"purchaseState\":0");
    }

    @Test
    void catappultValidatesUnderItsRealHost() throws Exception {
        Curl c = curl(
                "api.catappult.io",
                "/productv2/8.20250505/google/inapp/v3/applications/com.example.game/purchases/products/attempts/"
                        + "tokens/catappult.inapp.purchase.DEMOACTIVE0001");
        assertThat(c.status()).as(c.output()).isEqualTo(200);
    }

    @Test
    void oneStoreAnswersSandboxAndCommercialByTheirHostsWithTokensFetchedOverTls() throws Exception {
        for (String[] env : new String[][] {
            {"sbpp.onestore.co.kr", "SANDBOX0000000000001"}, {"apis.onestore.co.kr", "PURCHASE000000000001"}
        }) {
            Curl token = curl(
                    env[0],
                    "/v2/oauth/token",
                    "-d",
                    "grant_type=client_credentials&client_id=com.example.game&client_secret=demo-client-secret");
            assertThat(token.status()).as(token.output()).isEqualTo(200);
            String accessToken = Http.json(
                            token.output().substring(0, token.output().lastIndexOf('\n')))
                    .get("access_token")
                    .asString();
            Curl details = curl(
                    env[0],
                    "/v2/purchase/details/" + env[1] + "/com.example.game",
                    "-H",
                    "Authorization: Bearer " + accessToken);
            assertThat(details.status()).as(env[0] + ": " + details.output()).isEqualTo(200);
        }
    }

    @Test
    void aNameTheCertificateDoesNotHoldIsRefused() throws Exception {
        Curl c = curl("rebind.evil.example", "/__admin/health");
        assertThat(c.exit()).as(c.output()).isEqualTo(60); // peer certificate cannot be authenticated
        assertThat(curl("store-emulator", "/__admin/health").status())
                .as("an extra --tls-host")
                .isEqualTo(200);
    }

    @Test
    void javaClientsTrustTheEmulatorInOneLine() throws Exception {
        HttpClient trusting =
                HttpClient.newBuilder().sslContext(emulator.sslContext()).build();
        HttpResponse<String> r = trusting.send(
                HttpRequest.newBuilder(URI.create(emulator.httpsBaseUrl() + "/__admin/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(emulator.tlsNames()).contains("pardakht.cafebazaar.ir", "iap-apis.onestore.net", "127.0.0.1", "::1");
        HttpClient defaults = HttpClient.newHttpClient();
        assertThatThrownBy(() -> defaults.send(
                        HttpRequest.newBuilder(URI.create(emulator.httpsBaseUrl() + "/__admin/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()))
                .as("the JDK's own trust store does not know the emulator's CA")
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void plainHttpOnTheTlsPortIsClosedCleanly() throws Exception {
        try (Socket s = new Socket("127.0.0.1", emulator.httpsPort())) {
            s.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
            OutputStream out = s.getOutputStream();
            out.write("GET /__admin/health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] answer = in.readAllBytes();
            assertThat(new String(answer, StandardCharsets.ISO_8859_1)).doesNotContain("\"status\":\"UP\"");
        }
        assertThat(curl("localhost", "/__admin/health").status())
                .as("still serving")
                .isEqualTo(200);
    }
}
