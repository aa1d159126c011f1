package dev.storeemulator.client.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.StoreEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdminTokenTest {
    private static StoreEmulator guarded;

    @BeforeAll
    static void start() {
        guarded = StoreEmulator.builder().adminToken("s3cret").build().start();
    }

    @AfterAll
    static void stop() {
        guarded.stop();
    }

    @Test
    void withoutTheTokenCallsAreRefusedWithAHint() {
        StoreEmulatorAdmin anonymous = StoreEmulatorAdmin.connect(guarded.baseUrl());
        assertThatThrownBy(anonymous::fixtures).isInstanceOfSatisfying(AdminClientException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.isUnauthorized()).isTrue();
            assertThat(e.error()).isEqualTo("unauthorized");
            assertThat(e.getMessage()).contains(AdminRoutes.TOKEN_HEADER, "withToken");
        });
    }

    @Test
    void aWrongTokenIsRefused() {
        StoreEmulatorAdmin wrong = StoreEmulatorAdmin.connect(guarded.baseUrl()).withToken("guess");
        assertThatThrownBy(() -> wrong.clock().now())
                .isInstanceOfSatisfying(
                        AdminClientException.class,
                        e -> assertThat(e.isUnauthorized()).isTrue());
    }

    @Test
    void withTheTokenCallsWork() {
        StoreEmulatorAdmin admin = StoreEmulatorAdmin.connect(guarded.baseUrl()).withToken("s3cret");
        admin.reset();
        assertThat(admin.cafebazaar().purchases().list()).isNotEmpty();
        assertThat(admin.clock().now()).isNotNull();
    }

    @Test
    void healthNeedsNoToken() {
        assertThat(StoreEmulatorAdmin.connect(guarded.baseUrl()).health().status())
                .isEqualTo("UP");
    }
}
