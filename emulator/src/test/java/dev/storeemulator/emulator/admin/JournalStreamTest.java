package dev.storeemulator.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.EmulatorTestSupport;
import dev.storeemulator.testsupport.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /__admin/requests/stream}: the journal as server-sent events, filtered, resumable, refused politely. */
class JournalStreamTest extends EmulatorTestSupport.ResetBeforeEach {
    static final String VALIDATE =
            "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/demo-purchase-active/"
                    + "?access_token=demo-access-token";

    /** The stream's lines, read with a bound on every wait. */
    record Lines(HttpResponse<Stream<String>> response, Iterator<String> lines) implements AutoCloseable {
        static Lines open(String query, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(emulator.baseUrl() + "/__admin/requests/stream" + query))
                    .header("Accept", "text/event-stream");
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            HttpResponse<Stream<String>> r = HttpClient.newHttpClient()
                    .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                    .get(10, TimeUnit.SECONDS);
            return new Lines(r, r.body().iterator());
        }

        /** The next event's id and data. */
        String[] next() throws Exception {
            String id = null;
            String event = null;
            while (true) {
                String line = CompletableFuture.supplyAsync(lines::next).get(10, TimeUnit.SECONDS);
                if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    assertThat(event).isEqualTo("request");
                    return new String[] {id, line.substring(6)};
                }
            }
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    @Test
    void newCallsArriveAsEventsWithTheFiltersApplied() throws Exception {
        try (Lines stream = Lines.open("?store=cafebazaar")) {
            assertThat(stream.response().statusCode()).isEqualTo(200);
            assertThat(stream.response().headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
            assertThat(http.get("/v2/purchase/details/SANDBOX0000000000001/com.example.game")
                            .statusCode())
                    .isEqualTo(401);
            assertThat(http.get(VALIDATE).statusCode()).isEqualTo(200);
            String[] event = stream.next();
            JsonNode entry = Http.json(event[1]);
            assertThat(entry.get("store").asString()).isEqualTo("cafebazaar");
            assertThat(entry.get("query").asString()).isEqualTo("access_token=demo…");
            assertThat(event[0]).isEqualTo(entry.get("id").asString());
        }
    }

    @Test
    void aFollowerResumesAfterTheIdItSaw() throws Exception {
        http.get(VALIDATE);
        http.get(VALIDATE);
        long first = emulator.journal().find(dev.storeemulator.emulator.journal.JournalQuery.all()).stream()
                .mapToLong(e -> e.id())
                .min()
                .orElseThrow();
        try (Lines stream = Lines.open("?after=" + first)) {
            assertThat(stream.next()[0]).isEqualTo(Long.toString(first + 1));
        }
        try (Lines stream = Lines.open("", "Last-Event-ID", Long.toString(first - 1))) {
            assertThat(stream.next()[0]).isEqualTo(Long.toString(first));
        }
    }

    @Test
    void withoutAcceptOrWithABadIdItIsAnAdminError() {
        adminError(http.get("/__admin/requests/stream"), 406, "not_acceptable");
        adminError(http.get("/__admin/requests/stream?after=x", "Accept", "text/event-stream"), 400, "invalid_request");
        adminError(
                http.get("/__admin/requests/stream?colour=red", "Accept", "text/event-stream"), 400, "invalid_request");
    }

    @Test
    void followersOpeningAtOnceNeverPassTheCap() throws Exception {
        int tries = JournalStream.MAX_FOLLOWERS + 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(tries);
        java.util.List<Lines> open = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < tries; i++) {
                statuses.add(pool.submit(() -> {
                    go.await();
                    Lines stream = Lines.open("");
                    open.add(stream);
                    return stream.response().statusCode();
                }));
            }
            go.countDown();
            int ok = 0;
            int refused = 0;
            for (java.util.concurrent.Future<Integer> f : statuses) {
                int status = f.get();
                ok += status == 200 ? 1 : 0;
                refused += status == 429 ? 1 : 0;
            }
            assertThat(ok).isLessThanOrEqualTo(JournalStream.MAX_FOLLOWERS);
            assertThat(ok + refused).isEqualTo(tries);
        } finally {
            for (Lines l : open) {
                l.close();
            }
            pool.shutdownNow();
        }
        assertThat(placesFreeAgain())
                .as("the closed followers' places are free again")
                .isEqualTo(200);
    }

    /** Makes calls (a gone follower is found out when an event is written to it) until a stream opens again. */
    private static int placesFreeAgain() throws Exception {
        int status = 429;
        for (int tries = 0; tries < 50 && status == 429; tries++) {
            http.get(VALIDATE);
            Thread.sleep(200);
            try (Lines again = Lines.open("")) {
                status = again.response().statusCode();
            }
        }
        return status;
    }

    @Test
    void followersThatGoAwayFreeTheirPlaceQuietly() throws Exception {
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        java.io.PrintStream was = System.err;
        System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < JournalStream.MAX_FOLLOWERS; i++) {
                Lines.open("").close();
            }
            assertThat(placesFreeAgain())
                    .as("the gone followers' places are free again")
                    .isEqualTo(200);
        } finally {
            System.setErr(was);
        }
        assertThat(log.toString(java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }
}
