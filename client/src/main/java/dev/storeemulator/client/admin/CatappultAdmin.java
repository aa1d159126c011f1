package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.admin.api.AdminRoutes;

/** Catappult's world: apps, purchases, subscriptions, One-Step Payment transactions and settings. */
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

    /** @return the One-Step Payment transactions, by uid (actions: {@code complete}, {@code fail}) */
    public AdminCollection transactions() {
        return new AdminCollection(http, AdminResource.CATAPPULT_TRANSACTIONS, null);
    }

    /**
     * Sends the app's notification URL Google's test notification.
     * @param packageName the app
     * @return the delivery's id, to follow with {@link AdminNotifications#get}
     */
    public String testNotification(String packageName) {
        return http.object(AdminRoutes.CATAPPULT_TEST_NOTIFICATION, null, packageName)
                .get("id")
                .asString();
    }
}
