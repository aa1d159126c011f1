package dev.storeemulator.client.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code requests().follow}: the journal live, filtered, from the Java admin client. */
class AdminFollowTest extends AdminTestSupport {
    @Test
    void newCallsOfTheStoreFollowedArriveInOrder() throws Exception {
        BlockingQueue<JournalEntry> seen = new LinkedBlockingQueue<>();
        try (AutoCloseable following = admin.requests().follow(RequestPattern.store("cafebazaar"), seen::add)) {
            assertThatThrownBy(() -> cafebazaarStore().validatePurchase(PACKAGE, PRODUCT, "nope"));
            cafebazaarStore().validatePurchase(PACKAGE, PRODUCT, PURCHASE_ACTIVE);
            JournalEntry first = seen.poll(10, TimeUnit.SECONDS);
            JournalEntry second = seen.poll(10, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
            assertThat(first.status()).isEqualTo(404);
            assertThat(second.status()).isEqualTo(200);
            assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(first.id()));
        }
    }

    @Test
    void aRefusalIsThrownBeforeAnyEvent() {
        try (var guarded = dev.storeemulator.emulator.StoreEmulator.builder()
                .adminToken("t0ken")
                .build()
                .start()) {
            StoreEmulatorAdmin withoutToken = StoreEmulatorAdmin.connect(guarded.baseUrl());
            assertThatThrownBy(() -> withoutToken.requests().follow(RequestPattern.any(), e -> {}))
                    .isInstanceOfSatisfying(
                            AdminClientException.class,
                            e -> assertThat(e.status()).isEqualTo(401));
        }
    }
}
