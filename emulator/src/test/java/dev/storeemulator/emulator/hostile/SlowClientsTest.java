package dev.storeemulator.emulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slow-client protection: a silent or dribbling connection is closed after the idle timeout (here 400 ms),
 * while a call a fault rule delays past it is still answered.
 */
class SlowClientsTest {
    static final Duration IDLE = Duration.ofMillis(400);
    static StoreEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(Instant.parse("2026-04-01T00:00:00Z")))
                .idleTimeout(IDLE)
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    /** Writes {@code partial}, then waits (up to 5 s) for the server to close; returns what it sent and how long it took. */
    static String[] closedAfter(String partial) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(partial.getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            Wire.read(socket.getInputStream(), got);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new String[] {got.toString(StandardCharsets.UTF_8), Long.toString(millis)};
        }
    }

    @Test
    void aConnectionThatSendsNothingIsClosedAfterTheIdleTimeout() throws IOException {
        String[] r = closedAfter("");
        assertThat(r[0]).isEmpty();
        assertThat(Long.parseLong(r[1])).isBetween(IDLE.toMillis() - 50, 4000L);
    }

    @Test
    void aRequestHeadThatStopsHalfwayIsClosedAfterTheIdleTimeoutWithoutJettysPage() throws IOException {
        String[] r =
                closedAfter("GET /devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/x/ HTTP/1.1\r\nHo");
        assertThat(Long.parseLong(r[1])).isBetween(IDLE.toMillis() - 50, 4000L);
        assertThat(r[0]).doesNotContain("HTTP ERROR");
        if (!r[0].isEmpty()) {
            assertThat(WireFormats.isOwnError("cafebazaar", Wire.parse(r[0], null)))
                    .as(r[0])
                    .isTrue();
        }
    }

    @Test
    void aBodyThatStopsHalfwayIsA400InTheStoresFormatAfterTheIdleTimeout() throws IOException {
        String[] r = closedAfter(
                "POST /devapi/v2/api/consume/com.example.game/purchases/?access_token=demo-access-token"
                        + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"tok");
        assertThat(Long.parseLong(r[1])).isBetween(IDLE.toMillis() - 50, 4000L);
        Wire.Answer a = Wire.parse(r[0], null);
        assertThat(a.status()).as(r[0]).isEqualTo(400); // not Javalin's empty 408: the store's own "bad request"
        assertThat(WireFormats.isOwnError("cafebazaar", a)).as(r[0]).isTrue();
    }

    @Test
    void aCallAFaultRuleDelaysPastTheIdleTimeoutIsStillAnswered() {
        Http http = new Http(emulator.baseUrl());
        assertThat(http.postJson("/__admin/faults", "{\"delay\": {\"fixed\": \"PT1.2S\"}}")
                        .statusCode())
                .isEqualTo(201);
        try {
            Wire.Answer a = Wire.send(
                    emulator.port(),
                    "GET /devapi/v2/api/validate/com.example.game/inapp/coins_100/"
                            + "purchases/demo-purchase-active/?access_token=demo-access-token HTTP/1.1\r\nHost: x\r\n"
                            + "Connection: close\r\n\r\n");
            assertThat(a.status()).as(a.toString()).isEqualTo(200);
        } finally {
            http.send("DELETE", "/__admin/faults", "");
        }
    }
}
