package dev.storeemulator.client.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.testsupport.StubServer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The admin client's view of notifications: find, get, redeliver, verify, and a retry seen through it. */
class AdminNotificationsTest extends AdminTestSupport {
    final AtomicInteger refuse = new AtomicInteger();
    StubServer receiver;

    @BeforeEach
    void registerReceiver() {
        receiver = new StubServer(r ->
                refuse.getAndDecrement() > 0 ? StubServer.Answer.json(503, "{}") : StubServer.Answer.json(200, "{}"));
        ObjectNode app = admin.catappult().apps().get(PACKAGE);
        app.put("notifications", receiver.baseUrl() + "/rtdn");
        admin.catappult().apps().replace(PACKAGE, app);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aTestNotificationIsFoundVerifiedAndReadWithItsBody() {
        String id = admin.catappult().testNotification(PACKAGE);
        NotificationRecord delivered = admin.notifications()
                .awaitDelivered(NotificationPattern.store("catappult").event("TEST"), Duration.ofSeconds(10));
        assertThat(delivered.id()).isEqualTo(id);
        admin.notifications().verify(CountMatcher.exactly(1), NotificationPattern.store("catappult"));
        NotificationRecord detail = admin.notifications().get(id);
        assertThat(detail.body()).contains("\"testNotification\"");
        assertThat(detail.headers()).containsKey("Content-Type");
        assertThat(detail.attempts())
                .extracting(NotificationRecord.Attempt::status)
                .containsExactly(200);
    }

    @Test
    void aFailedVerificationListsWhatWasSent() {
        admin.catappult().testNotification(PACKAGE);
        admin.notifications().awaitDelivered(NotificationPattern.store("catappult"), Duration.ofSeconds(10));
        assertThatThrownBy(() -> admin.notifications()
                        .verify(NotificationPattern.store("catappult").event("CANCELED")))
                .isInstanceOf(VerificationException.class)
                .hasMessageContaining("TEST")
                .hasMessageContaining("delivered");
    }

    @Test
    void aRefusedDeliveryIsRetriedByRedeliver() {
        refuse.set(1);
        String id = admin.catappult().testNotification(PACKAGE);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (admin.notifications().get(id).attempts().isEmpty() && System.nanoTime() < end) {
            sleep();
        }
        NotificationRecord pending = admin.notifications().get(id);
        assertThat(pending.status()).isEqualTo("pending");
        assertThat(pending.nextAttemptAt()).isNotNull();
        admin.notifications().redeliver(id);
        NotificationRecord delivered = admin.notifications()
                .awaitDelivered(NotificationPattern.store("catappult").event("TEST"), Duration.ofSeconds(10));
        assertThat(delivered.attempts())
                .extracting(NotificationRecord.Attempt::status)
                .containsExactly(503, 200);
        assertThat(receiver.received()).hasSize(2);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
