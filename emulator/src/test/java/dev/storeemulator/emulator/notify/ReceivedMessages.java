package dev.storeemulator.emulator.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.testsupport.Http;
import dev.storeemulator.testsupport.StubServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the notification tests share: waiting for what a receiver got, and reading an answer of a given status. */
final class ReceivedMessages {
    private ReceivedMessages() {}

    /** The bodies {@code receiver} got, once it has at least {@code n} (the deliveries run on their own thread). */
    static List<JsonNode> await(StoreEmulator emulator, StubServer receiver, int n) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (receiver.received().size() < n && System.nanoTime() < end) {
            emulator.notifications().awaitIdle(Duration.ofMillis(200));
            Thread.sleep(10);
        }
        assertThat(receiver.received()).as("messages received").hasSizeGreaterThanOrEqualTo(n);
        return receiver.received().stream().map(r -> Http.json(r.body())).toList();
    }

    /** The answer's body as JSON, once its status is {@code status}. */
    static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Http.json(response);
    }

    /**
     * The {@code notificationType}s of the subscription notifications {@code receiver} got for {@code purchaseToken},
     * in order, once there are at least {@code n} (or what there is after 10 seconds).
     */
    static List<Integer> subscriptionTypes(StoreEmulator emulator, StubServer receiver, String purchaseToken, int n)
            throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<Integer> types = List.of();
        while (System.nanoTime() < end) {
            emulator.notifications().awaitIdle(Duration.ofMillis(200));
            types = receiver.received().stream()
                    .map(r -> Http.json(r.body()).get("subscriptionNotification"))
                    .filter(m -> m != null && m.get("purchaseToken").asString().equals(purchaseToken))
                    .map(m -> m.get("notificationType").asInt())
                    .toList();
            if (types.size() >= n) {
                return types;
            }
            Thread.sleep(10);
        }
        return types;
    }
}
