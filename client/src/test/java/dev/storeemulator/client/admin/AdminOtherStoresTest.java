package dev.storeemulator.client.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.admin.api.AdminResource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * ONE store and Catappult through their facades. Only the routes this emulator serves for them are
 * exercised here (ONE store's token seeding); their world editing comes with their editable stores.
 */
class AdminOtherStoresTest extends AdminTestSupport {

    @Test
    void aOneStoreAccessTokenCanBeSeededPerEnvironment() {
        ObjectNode answer = admin.onestore().seedToken("com.example.game", "seeded-onestore-token", "commercial", null);
        assertThat(answer.get("environment").asString()).isEqualTo("commercial");
        assertThat(answer.get("clientId").asString()).isEqualTo("com.example.game");
    }

    @Test
    void aPerEnvironmentResourceNeedsItsEnvironment() {
        assertThatThrownBy(() -> admin.resource(AdminResource.ONESTORE_PURCHASES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sandbox or commercial");
    }

    @Test
    void aResourceWithoutEnvironmentRefusesOne() {
        assertThatThrownBy(() -> admin.resource(AdminResource.CATAPPULT_PURCHASES, "sandbox"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no environment");
    }

    @Test
    void facadesNameTheirCollections() {
        assertThat(admin.onestore().recurring("sandbox").resource()).isEqualTo(AdminResource.ONESTORE_RECURRING);
        assertThat(admin.onestore().purchases("commercial").resource()).isEqualTo(AdminResource.ONESTORE_PURCHASES);
        assertThat(admin.catappult().subscriptions().resource()).isEqualTo(AdminResource.CATAPPULT_SUBSCRIPTIONS);
    }

    @Test
    void anUnknownActionIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> admin.cafebazaar().purchases().act(PURCHASE_ACTIVE, "teleport"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("teleport");
    }
}
