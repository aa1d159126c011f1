package dev.storeemulator.emulator.journal;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.core.StoreModule;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.faults.FaultInjector;
import dev.storeemulator.emulator.faults.Faults;
import dev.storeemulator.emulator.server.EmulatorApp;
import dev.storeemulator.testsupport.Http;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recording path end to end, with a tiny fake store served by the real {@link EmulatorApp}. */
class JournalRecordingTest {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final List<String> KNOWN_TOKENS = List.of("demo-purchase-active", "demo-purchase-consumed");

    static final Journal journal = new Journal(50, VirtualClock.frozenAt(NOW));
    static Javalin app;
    static Http http;

    static final class FakeStore implements StoreModule {
        @Override
        public String name() {
            return "fake";
        }

        @Override
        public boolean owns(String path) {
            return path.startsWith("/fake/");
        }

        @Override
        public List<StoreRoute> routes() {
            return List.of(
                    new StoreRoute(
                            "fake",
                            "getPurchase",
                            GET,
                            "/fake/{package}/items/{sku}/purchases/{purchaseToken}",
                            FakeStore::purchase),
                    new StoreRoute("fake", "consume", POST, "/fake/consume/{packageName}", ctx -> {
                        Journal.subject(ctx, null, "gems", ctx.body());
                        Responses.json(ctx, 200, Map.of());
                    }),
                    new StoreRoute("fake", "override", GET, "/fake/override/{token}", ctx -> {
                        Journal.subject(ctx, "com.explicit", null, "explicit-token");
                        Responses.json(ctx, 200, Map.of());
                    }));
        }

        private static void purchase(Context ctx) {
            String token = ctx.pathParam("purchaseToken");
            if (KNOWN_TOKENS.contains(token)) {
                Responses.json(ctx, 200, Map.of("token", token));
                return;
            }
            Hints.attach(ctx, "purchase token", token, NearMiss.closest(token, KNOWN_TOKENS));
            Responses.json(ctx, 404, Map.of("error", "not_found"));
        }

        @Override
        public void renderException(Context ctx, Exception e) {
            Responses.json(ctx, 500, Map.of("error", "internal"));
        }

        @Override
        public dev.storeemulator.emulator.core.RawAnswer protocolError(int status, String path, String message) {
            return dev.storeemulator.emulator.core.RawAnswer.json(Map.of("error", "bad_request"));
        }

        @Override
        public void renderFault(Context ctx, int status, String message) {
            ctx.status(status).result("fault");
        }

        @Override
        public void renderNoRoute(Context ctx) {
            Responses.json(ctx, 404, Map.of("error", "no_route"));
        }

        @Override
        public void renderMethodNotAllowed(Context ctx, List<String> allowedMethods) {
            Responses.json(ctx, 405, Map.of("error", "method"));
        }
    }

    @BeforeAll
    static void start() {
        app = EmulatorApp.create(
                        List.of(new FakeStore()), journal, new FaultInjector(new Faults(java.time.Clock.systemUTC())))
                .start("127.0.0.1", 0);
        http = new Http("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @BeforeEach
    void emptyJournal() {
        journal.clear();
    }

    static JournalEntry last() {
        return journal.find(JournalQuery.all().withLimit(1)).get(0);
    }

    @Test
    void aCallIsRecordedWithItsRouteRequestAndAnswer() {
        http.get("/fake/com.example.game/items/coins_100/purchases/demo-purchase-active?access_token=secret-token&x=1");
        JournalEntry e = last();
        assertThat(e.store()).isEqualTo("fake");
        assertThat(e.operation()).isEqualTo("getPurchase");
        assertThat(e.method()).isEqualTo("GET");
        assertThat(e.path()).isEqualTo("/fake/com.example.game/items/coins_100/purchases/demo-purchase-active");
        assertThat(e.query()).isEqualTo("access_token=secr…&x=1");
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.latencyMs()).isNotNegative();
        assertThat(e.virtualTime()).isEqualTo(NOW);
        assertThat(e.realTime()).isNotNull();
        assertThat(e.hint()).isNull();
        assertThat(e.fault()).isNull();
    }

    @Test
    void thePurchaseComesFromThePathParameters() {
        http.get("/fake/com.example.game/items/coins_100/purchases/demo-purchase-active");
        assertThat(last())
                .extracting(JournalEntry::packageName, JournalEntry::productId, JournalEntry::token)
                .containsExactly("com.example.game", "coins_100", "demo-purchase-active");
    }

    @Test
    void aHandlerCanNameThePurchaseItReadFromTheBody() {
        http.postJson("/fake/consume/com.example.game", "body-token");
        assertThat(last())
                .extracting(JournalEntry::packageName, JournalEntry::productId, JournalEntry::token)
                .containsExactly("com.example.game", "gems", "body-token");
    }

    @Test
    void whatTheHandlerNamesWinsOverThePath() {
        http.get("/fake/override/path-token");
        assertThat(last())
                .extracting(JournalEntry::packageName, JournalEntry::token)
                .containsExactly("com.explicit", "explicit-token");
    }

    @Test
    void aNearMissIsNamedInTheHeaderAndTheJournalButNotTheBody() {
        HttpResponse<String> r = http.get("/fake/com.example.game/items/coins_100/purchases/demo-purchase-activ");
        String hint = "no purchase token 'demo-purchase-activ'; closest known: 'demo-purchase-active'";
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue(AdminRoutes.HINT_HEADER)).hasValue(hint);
        assertThat(r.body()).doesNotContain("demo-purchase-active");
        assertThat(last().hint()).isEqualTo(hint);
    }

    @Test
    void aMissWithNothingCloseGetsNoHint() {
        HttpResponse<String> r = http.get("/fake/com.example.game/items/coins_100/purchases/zzz");
        assertThat(r.headers().firstValue(AdminRoutes.HINT_HEADER)).isEmpty();
        assertThat(last().hint()).isNull();
    }

    @Test
    void anUnmatchedPathOnTheStorePrefixIsRecordedWithoutOperation() {
        http.get("/fake/nowhere");
        assertThat(last())
                .extracting(JournalEntry::store, JournalEntry::operation, JournalEntry::status, JournalEntry::token)
                .containsExactly("fake", "-", 404, null);
    }

    @Test
    void aWrongMethodIsRecordedToo() {
        http.send("DELETE", "/fake/override/t", null);
        assertThat(last())
                .extracting(JournalEntry::operation, JournalEntry::method, JournalEntry::status)
                .containsExactly("-", "DELETE", 405);
    }

    @Test
    void aPathNoStoreOwnsIsRecordedUnderNone() {
        http.get("/elsewhere");
        assertThat(last())
                .extracting(JournalEntry::store, JournalEntry::operation, JournalEntry::status)
                .containsExactly("none", "-", 404);
    }

    @Test
    void controlPlaneCallsAreNotRecorded() {
        http.get(AdminRoutes.LIST_REQUESTS.path());
        http.get("/__admin");
        assertThat(journal.count(JournalQuery.all())).isZero();
    }
}
