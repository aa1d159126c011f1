package dev.storeemulator.client.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.emulator.fixtures.Fixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class AdminControlPlaneTest extends AdminTestSupport {

    /** Loading a document moves the reset point; put the demo world back for the next test. */
    @AfterEach
    void restoreTheDemoWorld() {
        emulator.reload(Fixtures.demoWorld());
    }

    @Test
    void healthReportsTheStoresTheFixturesAndTheClock() {
        Health health = admin.health();
        assertThat(health.status()).isEqualTo("UP");
        assertThat(health.stores()).contains("cafebazaar", "onestore", "catappult");
        assertThat(health.fixtures()).isNotBlank();
        assertThat(health.clock())
                .isCloseTo(
                        emulator.clock().instant(),
                        org.assertj.core.api.Assertions.within(
                                Duration.ofMinutes(1).toMillis(), java.time.temporal.ChronoUnit.MILLIS));
        assertThat(health.clockFrozen()).isFalse();
    }

    @Test
    void aListIsReadAPageAtATimeInIdOrderWithTheStatesOfItsEntries() {
        AdminCollection recurring = admin.onestore().recurring("sandbox");
        EntryPage first = recurring.page(1, null);
        assertThat(first.total()).isEqualTo(recurring.list().size()).isGreaterThan(1);
        assertThat(first.entries()).hasSize(1);
        String id = first.entries().get(0).get("purchaseId").asString();
        assertThat(first.states()).containsOnlyKeys(id);
        assertThat(first.next()).isEqualTo(id);
        EntryPage rest = recurring.page(10_000, first.next());
        assertThat(rest.next()).isNull();
        assertThat(rest.entries()).hasSize((int) first.total() - 1);
        assertThat(rest.entries().get(0).get("purchaseId").asString()).isGreaterThan(id);
        assertThatThrownBy(() -> recurring.page(0, null))
                .isInstanceOf(AdminClientException.class)
                .hasMessageContaining("400");
    }

    @Test
    void resetUndoesChangesToTheWorldAndTheClock() {
        admin.cafebazaar().purchases().delete(PURCHASE_ACTIVE);
        admin.clock().set(Instant.parse("2030-01-01T00:00:00Z"), true);
        admin.reset();
        assertThat(admin.cafebazaar().purchases().exists(PURCHASE_ACTIVE)).isTrue();
        assertThat(admin.clock().isFrozen()).isFalse();
    }

    @Test
    void fixturesExportTheLiveWorldAsJsonAndAsYaml() {
        admin.cafebazaar().consume(PURCHASE_ACTIVE);
        ObjectNode world = admin.fixtures();
        assertThat(world.propertyNames()).contains("cafebazaar");
        ArrayNode purchases = (ArrayNode) world.get("cafebazaar").get("purchases");
        assertThat(purchases.valueStream().filter(p -> p.get("token").asString().equals(PURCHASE_ACTIVE)))
                .singleElement()
                .satisfies(p -> assertThat(p.get("consumed").asBoolean()).isTrue());
        String yaml = admin.fixturesYaml();
        assertThat(yaml).contains("cafebazaar:").contains(PURCHASE_ACTIVE);
    }

    @Test
    void loadingAValidDocumentReplacesTheWorld() {
        ObjectNode world = admin.fixtures();
        ArrayNode purchases = (ArrayNode) world.get("cafebazaar").get("purchases");
        purchases.removeIf(p -> p.get("token").asString().equals(PURCHASE_ACTIVE));
        admin.loadFixtures(world.toString());
        assertThat(admin.cafebazaar().purchases().exists(PURCHASE_ACTIVE)).isFalse();
        assertThat(admin.cafebazaar().purchases().exists(PURCHASE_CONSUMED)).isTrue();
        admin.reset();
        assertThat(admin.cafebazaar().purchases().exists(PURCHASE_ACTIVE))
                .as("the loaded document is the reset point")
                .isFalse();
    }

    @Test
    void loadingAnInvalidDocumentFailsWithItsProblems() {
        String yaml = "cafebazaar:\n  purchases:\n    - token: lonely\n";
        assertThatThrownBy(() -> admin.loadFixtures(yaml)).isInstanceOfSatisfying(AdminClientException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.error()).isEqualTo("invalid_fixtures");
            assertThat(e.problems())
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.path()).startsWith("cafebazaar.purchases[0]"));
            assertThat(e.getMessage()).contains("PUT /__admin/fixtures", "400", "cafebazaar.purchases[0]");
        });
        assertThat(admin.cafebazaar().purchases().exists(PURCHASE_ACTIVE))
                .as("the world is unchanged")
                .isTrue();
    }

    @Test
    void reloadWithoutAFixturesFileIsAConflict() {
        assertThatThrownBy(admin::reload)
                .isInstanceOfSatisfying(
                        AdminClientException.class,
                        e -> assertThat(e.isConflict()).isTrue());
    }

    @Test
    void anUnreachableEmulatorIsATransportFailureWithItsCause() {
        StoreEmulatorAdmin nowhere =
                StoreEmulatorAdmin.connect("http://127.0.0.1:1").withTimeout(Duration.ofSeconds(2));
        assertThatThrownBy(nowhere::health).isInstanceOfSatisfying(AdminClientException.class, e -> {
            assertThat(e.isTransportFailure()).isTrue();
            assertThat(e.status()).isZero();
            assertThat(e.getCause()).isNotNull();
            assertThat(e.getMessage()).contains("GET /__admin/health", "no HTTP response");
        });
    }
}
