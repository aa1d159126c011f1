package dev.storeemulator.emulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.RequestLimits;
import dev.storeemulator.emulator.core.StoreModule;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testsupport.Http;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Generated hostile requests (see {@link HostileParts}) against every route of every store and of the control
 * plane, sent raw: no 5xx (no fault rule is set), never Javalin's or Jetty's own error body, every error in the
 * owning store's format, and a batch of rejected requests leaves the world as it was. One emulator per property;
 * 1,000 batches of 10 requests per run.
 */
class HostileRequestsTest {
    static final int BATCH = 10;
    static final AtomicInteger SENT = new AtomicInteger();
    StoreEmulator emulator;
    Http http;
    String originalFixtures;

    @BeforeProperty
    void start() {
        emulator = StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(Instant.parse("2026-04-01T00:00:00Z")))
                .build()
                .start();
        http = new Http(emulator.baseUrl());
        originalFixtures = http.get("/__admin/fixtures").body();
    }

    @AfterProperty
    void stop() {
        emulator.stop();
        System.out.println("hostile requests sent so far: " + SENT.get());
    }

    @Provide
    Arbitrary<List<HostileRequests.Request>> batches() {
        List<StoreModule> modules = List.copyOf(emulator.stores()); // every registered store, the test store too
        return HostileRequests.requests(HostileRequests.routes(modules)).list().ofSize(BATCH);
    }

    @Property(tries = 600)
    void everyAnswerIsInItsOwnersFormatAndNoneIsA5xx(@ForAll("batches") List<HostileRequests.Request> batch) {
        boolean accepted = false;
        for (HostileRequests.Request r : batch) {
            Wire.Answer a = send(r);
            assertThat(a.status()).as("%s -> %s", r, a).isBetween(100, 499);
            assertThat(WireFormats.isFrameworkError(a)).as("%s -> %s", r, a).isFalse();
            if (a.status() >= 400 && !r.method().equals("HEAD")) {
                // A request line longer than the whole head limit is refused before Jetty reads its path (README,
                // Limits).
                boolean unread = a.status() == 414 && r.target().length() > RequestLimits.HEADER_BYTES;
                String owner = unread ? "none" : WireFormats.owner(r.target());
                assertThat(WireFormats.isOwnError(owner, a))
                        .as("%s -> %s", r, a)
                        .isTrue();
            }
            accepted |= a.status() < 400;
        }
        if (accepted) {
            restore();
        }
    }

    @Property(tries = 400)
    void aBatchOfRejectedRequestsChangesNothing(@ForAll("batches") List<HostileRequests.Request> batch) {
        String before = world();
        boolean accepted = false;
        for (HostileRequests.Request r : batch) {
            accepted |= send(r).status() < 400;
        }
        if (accepted) {
            restore(); // an accepted request may change the world; only rejected ones must not
        } else {
            assertThat(world()).as("world after %s", batch).isEqualTo(before);
        }
    }

    Wire.Answer send(HostileRequests.Request r) {
        SENT.incrementAndGet();
        return Wire.send(emulator.port(), r.head(), r.body(), 5000);
    }

    /** The live world, fault rules and clock: everything a request could change. */
    String world() {
        return http.get("/__admin/fixtures").body()
                + http.get("/__admin/faults").body()
                + http.get("/__admin/clock").body();
    }

    /** Back to the world the property started with, should an accepted request have changed it. */
    void restore() {
        assertThat(http.send("PUT", "/__admin/fixtures", originalFixtures, "Content-Type", "application/json")
                        .statusCode())
                .isEqualTo(200);
        emulator.reset();
    }
}
