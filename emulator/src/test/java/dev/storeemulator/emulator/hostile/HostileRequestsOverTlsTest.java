package dev.storeemulator.emulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.StoreModule;
import dev.storeemulator.emulator.core.VirtualClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * The hostile requests again, over the HTTPS port: every answer in its owner's format and never a 5xx, as over
 * HTTP; a client that does not trust the certificate, and plain HTTP on the TLS port, end in a closed connection
 * with nothing in the log (no stack trace).
 */
class HostileRequestsOverTlsTest {
    static final int BATCH = 10;
    StoreEmulator emulator;
    SSLSocketFactory tls;

    @BeforeProperty
    void start() {
        emulator = StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(Instant.parse("2026-04-01T00:00:00Z")))
                .httpsPort(0)
                .build()
                .start();
        tls = emulator.sslContext().getSocketFactory();
    }

    @AfterProperty
    void stop() {
        emulator.close();
    }

    @Provide
    Arbitrary<List<HostileRequests.Request>> batches() {
        List<StoreModule> modules = List.copyOf(emulator.stores());
        return HostileRequests.requests(HostileRequests.routes(modules)).list().ofSize(BATCH);
    }

    @Property(tries = 30)
    void everyAnswerOverTlsIsInItsOwnersFormatAndNoneIsA5xx(@ForAll("batches") List<HostileRequests.Request> batch) {
        for (HostileRequests.Request r : batch) {
            Wire.Answer a = Wire.send(tls, emulator.httpsPort(), r.head(), r.body(), 5000);
            assertThat(a.status()).as("%s -> %s", r, a).isBetween(100, 499);
            assertThat(WireFormats.isFrameworkError(a)).as("%s -> %s", r, a).isFalse();
        }
        emulator.reset();
    }

    @Property(tries = 1)
    void anUntrustingClientAndPlainHttpOnTheTlsPortLeaveNoStackTraceInTheLog() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream was = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            SSLContext untrusting = SSLContext.getInstance("TLS");
            untrusting.init(null, null, null);
            byte[] get = "GET /__admin/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII);
            Wire.Answer refused =
                    Wire.send(untrusting.getSocketFactory(), emulator.httpsPort(), get, new byte[0], 5000);
            assertThat(refused.status())
                    .as("the handshake fails on the client's side")
                    .isZero();
            Wire.Answer plain = Wire.send(emulator.httpsPort(), get, new byte[0], 5000);
            assertThat(plain.status()).as("plain HTTP gets no HTTP answer").isZero();
            assertThat(Wire.send(tls, emulator.httpsPort(), get, new byte[0], 5000)
                            .status())
                    .as("the port still serves")
                    .isEqualTo(200);
        } finally {
            System.setErr(was);
        }
        assertThat(log.toString(StandardCharsets.UTF_8))
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }
}
