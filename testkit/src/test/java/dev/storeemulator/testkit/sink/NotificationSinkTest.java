package dev.storeemulator.testkit.sink;

import static dev.storeemulator.testkit.sink.Posts.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.testkit.NotificationSink;
import dev.storeemulator.testkit.ReceivedNotification;
import dev.storeemulator.testkit.StoreEmulatorContainer;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sink on its own: what it records, what it answers, its URL, its port. */
class NotificationSinkTest {
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
    void listensOnLoopbackAtAFreePortWithTheDefaultPath() {
        assertThat(sink.port()).isPositive();
        assertThat(sink.url()).isEqualTo("http://127.0.0.1:" + sink.port() + "/notifications");
        assertThat(sink.url("/onestore/pns?app=1"))
                .isEqualTo("http://127.0.0.1:" + sink.port() + "/onestore/pns?app=1");
        assertThatThrownBy(() -> sink.url("relative")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answers200WithAnEmptyBodyAndRecordsTheRequestExactly() {
        byte[] body = {'{', '"', 'a', '"', ':', '1', '}', 0, (byte) 0xFF, (byte) 0xC3, (byte) 0xA9};
        Instant before = Instant.now();

        HttpResponse<String> response = post(
                sink.url("/catappult/rtdn?app=com.acme&x=a%20b"),
                body,
                "X-Signature",
                "c2lnbmF0dXJl",
                "X-Multi",
                "one",
                "X-Multi",
                "two");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("Connection")).contains("close");
        assertThat(sink.received()).hasSize(1);
        ReceivedNotification received = sink.received().get(0);
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/catappult/rtdn");
        assertThat(received.query()).isEqualTo("app=com.acme&x=a%20b");
        assertThat(received.body()).containsExactly(body);
        assertThat(received.bodyText()).startsWith("{\"a\":1}");
        assertThat(received.header("x-signature")).contains("c2lnbmF0dXJl");
        assertThat(received.header("CONTENT-TYPE")).contains("application/json");
        assertThat(received.headers().get("x-multi")).containsExactly("one", "two");
        assertThat(received.header("X-Absent")).isEmpty();
        assertThat(received.receivedAt()).isBetween(before, Instant.now());
        assertThat(received.status()).isEqualTo(200);
        assertThat(received.accepted()).isTrue();
        assertThat(received.toString()).contains("POST /catappult/rtdn?app=com.acme&x=a%20b -> 200");
    }

    @Test
    void theRecordCannotBeChangedFromOutside() {
        post(sink.url(), "{}");
        ReceivedNotification received = sink.received().get(0);

        received.body()[0] = 'X';
        assertThat(received.bodyText()).isEqualTo("{}");
        assertThatThrownBy(() -> received.headers().put("X-New", java.util.List.of("v")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> sink.received().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void recordsInArrivalOrderAndClearForgets() {
        post(sink.url("/1"), "");
        post(sink.url("/2"), "");
        assertThat(sink.received()).extracting(ReceivedNotification::path).containsExactly("/1", "/2");

        sink.clear();
        assertThat(sink.received()).isEmpty();
        post(sink.url("/3"), "");
        assertThat(sink.received()).extracting(ReceivedNotification::path).containsExactly("/3");
    }

    @Test
    void refusesTheNextTwoWith503ThenAccepts() {
        sink.refuseNext(2);

        assertThat(post(sink.url(), "{\"n\":1}").statusCode()).isEqualTo(503);
        assertThat(post(sink.url(), "{\"n\":1}").statusCode()).isEqualTo(503);
        assertThat(post(sink.url(), "{\"n\":1}").statusCode()).isEqualTo(200);

        assertThat(sink.received()).extracting(ReceivedNotification::status).containsExactly(503, 503, 200);
        assertThat(sink.received()).extracting(ReceivedNotification::accepted).containsExactly(false, false, true);
        assertThat(sink.awaitCount(1, Duration.ofSeconds(10)))
                .singleElement()
                .satisfies(r -> assertThat(r.bodyText()).isEqualTo("{\"n\":1}"));
    }

    @Test
    void plannedStatusesComeBeforeTheStandingOneUntilReset() {
        sink.answerNext(1, 500).refuseNext(1).answerWith(202);

        assertThat(post(sink.url(), "").statusCode()).isEqualTo(500);
        assertThat(post(sink.url(), "").statusCode()).isEqualTo(503);
        assertThat(post(sink.url(), "").statusCode()).isEqualTo(202);
        assertThat(post(sink.url(), "").statusCode()).isEqualTo(202);
        sink.answerNext(1, 410).reset();
        assertThat(post(sink.url(), "").statusCode()).isEqualTo(200);
        assertThat(sink.received()).extracting(ReceivedNotification::status).containsExactly(500, 503, 202, 202, 200);
    }

    @Test
    void aDelayedAnswerStillComesWithItsStatus() {
        sink.delayNext(1, Duration.ofMillis(200)).refuseNext(1);

        assertThat(post(sink.url(), "").statusCode()).isEqualTo(503);
        assertThat(post(sink.url(), "").statusCode()).isEqualTo(200);
    }

    @Test
    void rejectsControlsOutOfRange() {
        assertThatThrownBy(() -> sink.answerNext(1, 199)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sink.answerWith(600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sink.refuseNext(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sink.delayNext(1, Duration.ofSeconds(31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT30S");
        assertThatThrownBy(() -> sink.delayNext(1, Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sink.awaitCount(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sink.awaitAny(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBodyOverTheLimitIsAnswered413AndRecordedCut() {
        byte[] big = new byte[NotificationSink.MAX_BODY_BYTES + 1];

        assertThat(post(sink.url(), big).statusCode()).isEqualTo(413);
        assertThat(sink.received()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.body()).hasSize(NotificationSink.MAX_BODY_BYTES);
        });
        assertThat(post(sink.url(), new byte[NotificationSink.MAX_BODY_BYTES]).statusCode())
                .isEqualTo(200);
    }

    @Test
    void doesNotListenOnOtherAddressesOfThisMachine() throws Exception {
        Optional<InetAddress> other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(nic -> isUp(nic))
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        Assumptions.assumeTrue(other.isPresent(), "this machine has no IPv4 address besides loopback");

        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress(other.get(), sink.port()), 5_000))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void closeFreesThePortAndStopsAnswering() throws Exception {
        int port = sink.port();
        String url = sink.url();

        sink.close();

        assertThatThrownBy(() -> post(url, "{}"))
                .isInstanceOf(UncheckedIOException.class)
                .cause()
                .isInstanceOf(ConnectException.class);
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        assertThatThrownBy(sink::url).isInstanceOf(IllegalStateException.class).hasMessageContaining("not running");
        sink.close(); // twice is fine
    }

    @Test
    void urlForAContainerNeedsTheHostNetwork() {
        assertThatThrownBy(() -> sink.urlFor(new StoreEmulatorContainer()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("withHostNetwork()");
        assertThat(sink.urlFor(new StoreEmulatorContainer().withHostNetwork())).isEqualTo(sink.url());
    }

    private static boolean isUp(NetworkInterface nic) {
        try {
            return nic.isUp();
        } catch (java.net.SocketException e) {
            return false;
        }
    }
}
