package dev.storeemulator.contracts.notify;

import dev.storeemulator.testsupport.Http;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drives an emulator (in process or in a container) through its admin API to send a notification, and reads the body
 * exactly as sent from {@code /__admin/notifications/{id}}: the receiver URL need not answer (a refused attempt is
 * recorded with the body), so the same driver serves both targets.
 */
final class NotificationsDriver {
    /** A receiver that refuses: the delivery is still recorded, with its body. */
    static final String RECEIVER = "http://127.0.0.1:9/receiver";

    static final String PKG = "com.example.game";

    private final Http http;

    NotificationsDriver(String baseUrl) {
        this.http = new Http(baseUrl);
    }

    /** The demo world, with the app's notification URLs set for both stores. */
    void demoWorldWithReceivers() {
        Http.successful(http.postJson("/__admin/reset", "{}"));
        ObjectNode one = (ObjectNode) Http.json(Http.successful(http.get("/__admin/onestore/apps/" + PKG)));
        one.putObject("notifications").put("sandbox", RECEIVER).put("commercial", RECEIVER);
        Http.successful(
                http.send("PUT", "/__admin/onestore/apps/" + PKG, one.toString(), "Content-Type", "application/json"));
        ObjectNode cat = (ObjectNode) Http.json(Http.successful(http.get("/__admin/catappult/apps/" + PKG)));
        cat.put("notifications", RECEIVER);
        Http.successful(
                http.send("PUT", "/__admin/catappult/apps/" + PKG, cat.toString(), "Content-Type", "application/json"));
    }

    void post(String path) {
        Http.successful(http.postJson(path, "{}"));
    }

    void put(String path, String json) {
        Http.successful(http.send("PUT", path, json, "Content-Type", "application/json"));
    }

    /** The body of the newest delivery of {@code event} from {@code store}, exactly as sent. */
    String lastBody(String store, String event) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            JsonNode list = Http.json(
                            Http.successful(http.get("/__admin/notifications?store=" + store + "&event=" + event)))
                    .get("notifications");
            if (!list.isEmpty()) {
                String id = list.get(0).get("id").asString();
                return Http.json(Http.successful(http.get("/__admin/notifications/" + id)))
                        .get("body")
                        .asString();
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("no " + event + " notification from " + store);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
