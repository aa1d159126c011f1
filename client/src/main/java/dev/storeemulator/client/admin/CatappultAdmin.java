package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.admin.api.AdminRoutes;

/** Catappult's world: apps, purchases, subscriptions and settings. */
public final class CatappultAdmin extends PurchasesAdmin {

    CatappultAdmin(AdminHttp http) {
        super(
                http,
                AdminRoutes.GET_CATAPPULT_SETTINGS,
                AdminRoutes.PUT_CATAPPULT_SETTINGS,
                AdminResource.CATAPPULT_PURCHASES,
                AdminResource.CATAPPULT_SUBSCRIPTIONS);
    }

    /** @return the apps and their Api-Keys, by package name */
    public AdminCollection apps() {
        return new AdminCollection(http, AdminResource.CATAPPULT_APPS, null);
    }
}
