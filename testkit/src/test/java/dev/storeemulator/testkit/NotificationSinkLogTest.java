package dev.storeemulator.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sink's record on its own, with small bounds: arrival order, both bounds, clear. */
class NotificationSinkLogTest {

    private static ReceivedNotification request(String path, int bodyBytes) {
        return new ReceivedNotification("POST", path, "", Map.of(), new byte[bodyBytes], Instant.EPOCH, 200);
    }

    private static java.util.List<String> paths(NotificationLog log) {
        return log.snapshot().stream().map(ReceivedNotification::path).toList();
    }

    @Test
    void aRequestAnsweredLateTakesItsPlaceInArrivalOrder() {
        NotificationLog log = new NotificationLog(10, 1_000);
        long first = log.arrive();
        long second = log.arrive();

        log.add(second, request("/second", 0));
        log.add(first, request("/first", 0));

        assertThat(paths(log)).containsExactly("/first", "/second");
    }

    @Test
    void keepsAtMostTheBoundOfRecordsDroppingTheOldest() {
        NotificationLog log = new NotificationLog(3, 1_000);
        for (int i = 1; i <= 5; i++) {
            log.add(log.arrive(), request("/" + i, 1));
        }

        assertThat(paths(log)).containsExactly("/3", "/4", "/5");
        assertThatThrownBy(() -> log.await(records -> Optional.empty(), Duration.ZERO, "nothing"))
                .hasMessageContaining("3 requests arrived (3 accepted with 2xx) after 2 older ones were dropped");
    }

    @Test
    void keepsAtMostTheBoundOfBodyBytesButAlwaysTheNewest() {
        NotificationLog log = new NotificationLog(100, 10);
        log.add(log.arrive(), request("/a", 4));
        log.add(log.arrive(), request("/b", 4));
        log.add(log.arrive(), request("/c", 4));
        assertThat(paths(log)).containsExactly("/b", "/c");

        log.add(log.arrive(), request("/huge", 50));
        assertThat(paths(log)).containsExactly("/huge");
    }

    @Test
    void clearForgetsRequestsThatArrivedBeforeItEvenIfAnsweredAfter() {
        NotificationLog log = new NotificationLog(10, 1_000);
        long before = log.arrive();
        log.clear();
        long after = log.arrive();

        log.add(before, request("/before", 0));
        log.add(after, request("/after", 0));

        assertThat(paths(log)).containsExactly("/after");
    }

    @Test
    void anErrorListsTheNewestRequestsOnly() {
        NotificationLog log = new NotificationLog(100, 1_000);
        for (int i = 1; i <= 25; i++) {
            log.add(log.arrive(), request("/" + i, 0));
        }

        assertThatThrownBy(() -> log.await(records -> Optional.empty(), Duration.ZERO, "nothing"))
                .hasMessageContaining("the last 20:")
                .hasMessageContaining("25. POST /25")
                .hasMessageContaining("6. POST /6")
                .hasMessageNotContaining("5. POST /5 ");
    }
}
