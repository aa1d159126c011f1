package dev.storeemulator.testkit.sink;

import static dev.storeemulator.testkit.sink.Posts.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.testkit.NotificationSink;
import dev.storeemulator.testkit.ReceivedNotification;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Waiting for what arrives: found at once, found later, and the errors when it does not come. */
class NotificationSinkAwaitTest {
    private static final Duration LONG = Duration.ofSeconds(30);

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
    void awaitCountAnswersAtOnceWhenEnoughAreThere() {
        post(sink.url(), "a");
        post(sink.url(), "b");

        assertThat(sink.awaitCount(2, LONG))
                .extracting(ReceivedNotification::bodyText)
                .containsExactly("a", "b");
    }

    @Test
    void awaitCountWaitsForRequestsThatArriveLater() throws Exception {
        CompletableFuture<List<ReceivedNotification>> waiting =
                CompletableFuture.supplyAsync(() -> sink.awaitCount(3, LONG));
        sink.refuseNext(1);
        for (String body : List.of("refused", "one", "two", "three")) {
            post(sink.url(), body);
        }

        assertThat(waiting.get(LONG.toSeconds(), TimeUnit.SECONDS))
                .extracting(ReceivedNotification::bodyText)
                .containsExactly("one", "two", "three");
    }

    @Test
    void awaitCountTimesOutWithWhatDidArrive() {
        sink.refuseNext(1);
        post(sink.url("/onestore"), "{\"event\":\"PURCHASED\"}");
        post(sink.url("/catappult"), "{\"event\":\"CANCELED\"}");

        assertThatThrownBy(() -> sink.awaitCount(2, Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected at least 2 accepted (2xx) requests within PT0.2S")
                .hasMessageContaining("2 requests arrived (1 accepted with 2xx)")
                .hasMessageContaining("1. POST /onestore -> 503")
                .hasMessageContaining("{\"event\":\"PURCHASED\"}")
                .hasMessageContaining("2. POST /catappult -> 200");
    }

    @Test
    void aTimeoutWithNothingReceivedSaysSo() {
        assertThatThrownBy(() -> sink.awaitAny(Duration.ZERO))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected any request")
                .hasMessageContaining("0 requests arrived")
                .hasMessageContaining("none since the sink started or was last cleared");
    }

    @Test
    void awaitFindsTheFirstMatchWhateverItsStatus() throws Exception {
        CompletableFuture<ReceivedNotification> waiting =
                CompletableFuture.supplyAsync(() -> sink.await(r -> r.bodyText().contains("CANCELED"), LONG));
        post(sink.url(), "{\"event\":\"PURCHASED\"}");
        sink.refuseNext(1);
        post(sink.url("/first"), "{\"event\":\"CANCELED\"}");
        post(sink.url("/second"), "{\"event\":\"CANCELED\"}");

        ReceivedNotification found = waiting.get(LONG.toSeconds(), TimeUnit.SECONDS);
        assertThat(found.path()).isEqualTo("/first");
        assertThat(found.status()).isEqualTo(503);
        assertThat(sink.awaitAny(LONG).bodyText()).contains("PURCHASED");
    }

    @Test
    void closingTheSinkEndsAWaitAtOnce() {
        CompletableFuture<ReceivedNotification> waiting =
                CompletableFuture.supplyAsync(() -> sink.awaitAny(Duration.ofMinutes(10)));

        sink.close();

        assertThatThrownBy(() -> waiting.get(LONG.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the sink was closed");
    }

    @Test
    void anInterruptedWaitFailsAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> sink.awaitAny(LONG))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
