package dev.storeemulator.testkit.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.client.admin.StoreEmulatorAdmin;
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.testkit.StoreEmulatorBaseUrl;
import dev.storeemulator.testkit.StoreEmulatorExtension;
import dev.storeemulator.testkit.StoreEmulatorTest;
import dev.storeemulator.testsupport.Http;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

class StoreEmulatorExtensionTest {
    static final String VALIDATE = "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/"
            + "demo-purchase-active/?access_token=demo-access-token";
    static final String CONSUME = "/devapi/v2/api/consume/com.example.game/purchases/?access_token=demo-access-token";

    /**
     * After each test: what the extension keeps in JUnit's store is {@link AutoCloseable}, which JUnit 5.13+ closes
     * (and warns about a {@code CloseableResource} that is not one: that interface is deprecated since 5.13).
     */
    static final class StoredResourcesAreAutoCloseable implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            // A store lookup also searches the enclosing contexts: the class's emulator, or the method's.
            Object stored = context.getStore(ExtensionContext.Namespace.create(StoreEmulatorExtension.class))
                    .get("emulator");
            assertThat(stored)
                    .as("the extension's running emulator, under the key this check knows")
                    .isNotNull()
                    .isInstanceOf(AutoCloseable.class);
        }
    }

    @Nested
    @StoreEmulatorTest(frozenAt = "2026-01-01T00:00:00Z")
    @ExtendWith(StoredResourcesAreAutoCloseable.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class PerClass {
        static String firstBaseUrl;

        @Test
        @Order(1)
        void injectsTheBaseUrlOfTheDemoWorld(@StoreEmulatorBaseUrl String baseUrl) throws Exception {
            firstBaseUrl = baseUrl;
            Http http = new Http(baseUrl);
            assertThat(http.get(VALIDATE).statusCode()).isEqualTo(200);
            assertThat(http.send("POST", CONSUME, "{\"token\":\"demo-purchase-active\"}")
                            .statusCode())
                    .isEqualTo(200);
        }

        @Test
        @Order(2)
        void sharesOneEmulatorButResetsItBeforeEachTest(StoreEmulator emulator, VirtualClock clock) throws Exception {
            assertThat(emulator.baseUrl()).isEqualTo(firstBaseUrl);
            Http http = new Http(emulator.baseUrl());
            assertThat(http.send("POST", CONSUME, "{\"token\":\"demo-purchase-active\"}")
                            .statusCode())
                    .as("the consume of the previous test was undone")
                    .isEqualTo(200);
            assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
            clock.advance(Duration.ofDays(3650));
        }

        @Test
        @Order(3)
        void theClockIsBackAtItsFrozenInstant(VirtualClock clock) {
            assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        }

        @Test
        @Order(4)
        void injectsTheAdminClientOfTheSameEmulator(StoreEmulatorAdmin admin, VirtualClock clock) {
            admin.clock().advance(java.time.Duration.ofDays(2));
            assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-03T00:00:00Z"));
            assertThat(admin.cafebazaar().purchases().exists("demo-purchase-active"))
                    .isTrue();
        }
    }

    @Nested
    @StoreEmulatorTest(lifecycle = StoreEmulatorTest.Lifecycle.PER_METHOD, fixtures = "classpath:acme-world.yaml")
    @ExtendWith(StoredResourcesAreAutoCloseable.class)
    class PerMethodWithOwnFixtures {
        @Test
        void servesTheGivenFixtures(@StoreEmulatorBaseUrl String baseUrl) throws Exception {
            Http http = new Http(baseUrl);
            String gems = "/devapi/v2/api/validate/com.acme.app/inapp/gems/purchases/t1/";
            assertThat(http.get(gems).statusCode()).as("no credentials").isEqualTo(401);
            assertThat(http.get(gems, "CAFEBAZAAR-PISHKHAN-API-SECRET", "acme-secret")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(http.get(VALIDATE).statusCode()).as("no demo world here").isEqualTo(401);
        }

        @Test
        void getsAFreshEmulator(StoreEmulator emulator) {
            assertThat(emulator.fixtures().source()).isEqualTo("classpath:acme-world.yaml");
        }
    }

    @Nested
    @StoreEmulatorTest(lifecycle = StoreEmulatorTest.Lifecycle.PER_METHOD)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class JUnitStopsEachEmulatorItStored {
        static StoreEmulator first;

        @Test
        @Order(1)
        void recordsItsEmulator(StoreEmulator emulator) {
            first = emulator;
            assertThat(first.port()).isPositive();
        }

        @Test
        @Order(2)
        void findsThePreviousOneStopped(StoreEmulator emulator) {
            assertThat(emulator).isNotSameAs(first);
            assertThatThrownBy(first::port)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not started");
        }
    }
}
