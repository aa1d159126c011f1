package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.admin.api.AdminRoutes;
import tools.jackson.databind.node.ObjectNode;

/** Catappult's world: apps, purchases, subscriptions and settings. */
public final class CatappultAdmin {
    private final AdminHttp http;

    CatappultAdmin(AdminHttp http) {
        this.http = http;
    }

    /** @return the apps and their Api-Keys, by package name */
    public AdminCollection apps() {
        return new AdminCollection(http, AdminResource.CATAPPULT_APPS, null);
    }

    /** @return the in-app purchases, by token; actions {@code consume}, {@code acknowledge}, {@code refund} */
    public AdminCollection purchases() {
        return new AdminCollection(http, AdminResource.CATAPPULT_PURCHASES, null);
    }

    /** @return the subscriptions, by token; actions {@code acknowledge}, {@code cancel}, {@code renew}, {@code expire} */
    public AdminCollection subscriptions() {
        return new AdminCollection(http, AdminResource.CATAPPULT_SUBSCRIPTIONS, null);
    }

    /**
     * Voids (refunds) a purchase now; it appears among the voided purchases.
     * @param token the purchase token
     * @return the purchase after
     */
    public ObjectNode refund(String token) {
        return purchases().act(token, "refund");
    }

    /**
     * Consumes a purchase.
     * @param token the purchase token
     * @return the purchase after
     */
    public ObjectNode consume(String token) {
        return purchases().act(token, "consume");
    }

    /**
     * Bills the next period of a subscription now.
     * @param token the subscription token
     * @return the subscription after
     */
    public ObjectNode renewSubscription(String token) {
        return subscriptions().act(token, "renew");
    }

    /**
     * Turns a subscription's auto-renewal off.
     * @param token the subscription token
     * @return the subscription after
     */
    public ObjectNode cancelSubscription(String token) {
        return subscriptions().act(token, "cancel");
    }

    /**
     * Ends a subscription now.
     * @param token the subscription token
     * @return the subscription after
     */
    public ObjectNode expireSubscription(String token) {
        return subscriptions().act(token, "expire");
    }

    /** @return Catappult's settings section */
    public ObjectNode settings() {
        return new StoreSettings(http, AdminRoutes.GET_CATAPPULT_SETTINGS, AdminRoutes.PUT_CATAPPULT_SETTINGS).read();
    }

    /**
     * Replaces Catappult's settings (the fixtures' {@code catappult.settings}).
     * @param settings a Map, record or {@link ObjectNode}
     * @return the settings after
     */
    public ObjectNode replaceSettings(Object settings) {
        return new StoreSettings(http, AdminRoutes.GET_CATAPPULT_SETTINGS, AdminRoutes.PUT_CATAPPULT_SETTINGS).replace(settings);
    }
}
