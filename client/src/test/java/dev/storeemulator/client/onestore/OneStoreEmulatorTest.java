package dev.storeemulator.client.onestore;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.StubServer;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh in-process emulator (demo world, port 0) with a frozen virtual clock for every test. */
abstract class OneStoreEmulatorTest {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final String PACKAGE = "com.example.game";
    static final String SECRET = "demo-client-secret";
    static final String UNCONSUMED = "SANDBOX0000000000001";
    static final String CONSUMED = "SANDBOX0000000000002";
    static final String CANCELLED = "SANDBOX0000000000003";
    static final String VOIDED_10D = "SANDBOX0000000000004";
    static final String VOIDED_20D = "SANDBOX0000000000005";
    static final String RENEWING = "SANDBOX0000000000010";
    static final String CANCEL_RESERVED = "SANDBOX0000000000011";
    static final String COMMERCIAL = "PURCHASE000000000001";
    static final String MISSING = "SANDBOX0000000000999";

    /** What a stub answers for {@code /v2/oauth/token}: a valid token {@code tok}, plus a field the client ignores. */
    static final String TOKEN_BODY = "{\"status\":\"SUCCESS\",\"client_id\":\"com.example.game\","
            + "\"access_token\":\"tok\",\"token_type\":\"bearer\",\"expires_in\":3600,\"scope\":\"DEFAULT\",\"extra\":1}";

    VirtualClock clock;
    StoreEmulator emulator;

    @BeforeEach
    void startEmulator() {
        clock = VirtualClock.frozenAt(START);
        emulator = StoreEmulator.builder().clock(clock).build().start();
    }

    @AfterEach
    void stopEmulator() {
        emulator.stop();
    }

    /** A sandbox client of the demo app, judging token expiry by the emulator's clock. */
    OneStoreClientBuilder demo() {
        return OneStoreClient.builder()
                .baseUrl(emulator.baseUrl())
                .clientId(PACKAGE)
                .clientSecret(SECRET)
                .clock(clock);
    }

    OneStoreClient client() {
        return demo().build();
    }

    /** A stub handing out {@link #TOKEN_BODY} on {@code /v2/oauth/token}, answering everything else by {@code rest}. */
    static StubServer stubAfterToken(Function<StubServer.Received, StubServer.Answer> rest) {
        return new StubServer(
                r -> r.rawPath().equals("/v2/oauth/token") ? StubServer.Answer.json(200, TOKEN_BODY) : rest.apply(r));
    }

    /** A client of the demo app against {@code stub}. */
    static OneStoreClient stubClient(StubServer stub) {
        return OneStoreClient.builder()
                .baseUrl(stub.baseUrl())
                .clientId(PACKAGE)
                .clientSecret(SECRET)
                .build();
    }
}
