package dev.storeemulator.testkit.sink;

import static dev.storeemulator.testkit.sink.Posts.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testkit.NotificationSink;
import dev.storeemulator.testkit.ReceivedNotification;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many senders at once, a delayed answer beside prompt ones, and the bound on what is kept. */
class NotificationSinkConcurrencyTest {
    private static final Duration LONG = Duration.ofSeconds(60);

    private NotificationSink sink;

    @BeforeEach
    void start() {
        sink = NotificationSink.start();
    }

    @AfterEach
    void stop() {
        sink.close();
    }

    @Test
    void fiftyPostsFromEightThreadsAreAllAnsweredAndRecorded() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String body = "{\"n\":" + i + "}";
                statuses.add(senders.submit(() -> post(sink.url(), body).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get(LONG.toSeconds(), TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            senders.shutdownNow();
        }

        assertThat(sink.awaitCount(50, LONG)).hasSize(50);
        assertThat(sink.received())
                .extracting(ReceivedNotification::bodyText)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 50)
                        .mapToObj(i -> "{\"n\":" + i + "}")
                        .toList());
        assertThat(sink.received()).extracting(ReceivedNotification::receivedAt).isSorted();
    }

    @Test
    void aDelayedAnswerDoesNotHoldUpAnother() throws Exception {
        sink.delayNext(1, Duration.ofSeconds(25)); // whichever of the two arrives first waits

        CompletableFuture<HttpResponse<String>> a = Posts.postAsync(sink.url("/a"), "a");
        CompletableFuture<HttpResponse<String>> b = Posts.postAsync(sink.url("/b"), "b");

        Object first = CompletableFuture.anyOf(a, b).get(20, TimeUnit.SECONDS);
        assertThat(((HttpResponse<?>) first).statusCode()).isEqualTo(200);
        assertThat(a.isDone() && b.isDone())
                .as("the delayed one is still waiting")
                .isFalse();
        assertThat(sink.received())
                .as("the delayed one is recorded when its delay is over")
                .hasSize(1);
        // The delayed request is cut off by close() in stop(); it is never recorded.
    }

    @Test
    void keepsTheLastTenThousandRequests() throws Exception {
        int total = NotificationSink.MAX_RECORDS + 25;
        for (int i = 0; i < 4; i++) { // the oldest four, alone
            post(sink.url("/" + i), "");
        }
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> accepted = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                int first = 4 + s;
                accepted.add(senders.submit(() -> {
                    int ok = 0;
                    for (int i = first; i < total - 4; i += 4) {
                        ok += post(sink.url("/" + i), "").statusCode() == 200 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            int ok = 0;
            for (Future<Integer> count : accepted) {
                ok += count.get(5, TimeUnit.MINUTES);
            }
            assertThat(ok).isEqualTo(total - 8);
        } finally {
            senders.shutdownNow();
        }
        for (int i = total - 4; i < total; i++) { // the newest four, alone
            post(sink.url("/" + i), "");
        }

        List<Integer> kept = sink.received().stream()
                .map(r -> Integer.parseInt(r.path().substring(1)))
                .toList();
        assertThat(kept).hasSize(NotificationSink.MAX_RECORDS).doesNotHaveDuplicates();
        assertThat(kept).as("the oldest were dropped").doesNotContain(0, 1, 2, 3);
        assertThat(kept.subList(kept.size() - 4, kept.size()))
                .as("the newest are kept, last")
                .containsExactly(total - 4, total - 3, total - 2, total - 1);
    }
}
