package dev.storeemulator.admin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdminRoutesTest {

    @Test
    void operationNamesAreUnique() {
        List<String> names =
                AdminRoutes.all().stream().map(AdminRoute::operation).toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void noTwoRoutesShareAMethodAndPath() {
        List<String> keys =
                AdminRoutes.all().stream().map(r -> r.method() + " " + r.path()).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void everyResourceHasFiveCrudRoutesAndOnePerAction() {
        for (AdminResource resource : AdminResource.values()) {
            assertThat(resource.routes()).hasSize(5 + resource.actions().size());
        }
    }

    @Test
    void expandPercentEncodesEachValueInOrder() {
        AdminRoute route = AdminResource.ONESTORE_PURCHASES.action("refund");
        assertThat(route.path()).isEqualTo("/__admin/onestore/{environment}/purchases/{purchaseId}/refund");
        assertThat(route.pathParams()).containsExactly("environment", "purchaseId");
        assertThat(route.expand("sandbox", "a b/c?"))
                .isEqualTo("/__admin/onestore/sandbox/purchases/a%20b%2Fc%3F/refund");
    }

    @Test
    void expandRefusesTheWrongNumberOfValues() {
        assertThatThrownBy(() -> AdminResource.CAFEBAZAAR_PURCHASES.get().expand())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[token]");
    }

    @Test
    void listNameIsTheFixturesListName() {
        assertThat(AdminResource.ONESTORE_RECURRING.listName()).isEqualTo("recurring");
        assertThat(AdminResource.CAFEBAZAAR_ACCOUNTS.listName()).isEqualTo("accounts");
        assertThat(AdminResource.ONESTORE_RECURRING.perEnvironment()).isTrue();
        assertThat(AdminResource.CATAPPULT_APPS.perEnvironment()).isFalse();
    }

    @Test
    void anUnknownActionIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> AdminResource.CATAPPULT_APPS.action("renew"))
                .hasMessageContaining("CATAPPULT_APPS has no action renew");
    }
}
