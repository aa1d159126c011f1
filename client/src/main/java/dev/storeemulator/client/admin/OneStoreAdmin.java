package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.admin.api.AdminRoutes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * ONE store's world: apps, and per environment ({@code sandbox} or {@code commercial}, separate worlds)
 * purchases and recurring purchases; settings; access tokens with chosen values.
 */
public final class OneStoreAdmin extends StoreAdmin {

    OneStoreAdmin(AdminHttp http) {
        super(http, AdminRoutes.GET_ONESTORE_SETTINGS, AdminRoutes.PUT_ONESTORE_SETTINGS);
    }

    /** @return the apps and their client secrets, by package name */
    public AdminCollection apps() {
        return new AdminCollection(http, AdminResource.ONESTORE_APPS, null);
    }

    /**
     * The in-app purchases of one environment; actions {@code consume}, {@code acknowledge}, {@code refund}.
     * @param environment {@code sandbox} or {@code commercial}
     * @return the purchases, by purchase id
     */
    public AdminCollection purchases(String environment) {
        return new AdminCollection(
                http, AdminResource.ONESTORE_PURCHASES, Objects.requireNonNull(environment, "environment"));
    }

    /**
     * The monthly auto-renewing series of one environment; actions {@code cancel}, {@code reactivate},
     * {@code renew}, {@code expire}.
     * @param environment {@code sandbox} or {@code commercial}
     * @return the series, by purchase id
     */
    public AdminCollection recurring(String environment) {
        return new AdminCollection(
                http, AdminResource.ONESTORE_RECURRING, Objects.requireNonNull(environment, "environment"));
    }

    /**
     * Registers an access token, as if the token endpoint had issued it.
     * @param clientId    the app's client id (its package name)
     * @param accessToken the token
     * @param environment {@code sandbox} or {@code commercial}, or null for the store's default
     * @param expiresAt   when it expires, or null for the usual lifetime
     * @return the emulator's answer ({@code clientId}, {@code environment}, {@code expiresAt})
     */
    public ObjectNode seedToken(String clientId, String accessToken, String environment, Instant expiresAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", Objects.requireNonNull(clientId, "clientId"));
        body.put("accessToken", Objects.requireNonNull(accessToken, "accessToken"));
        CafebazaarAdmin.putIfPresent(body, "environment", environment);
        CafebazaarAdmin.putIfPresent(body, "expiresAt", expiresAt);
        return http.object(AdminRoutes.ONESTORE_SEED_TOKEN, body);
    }

    /**
     * Sends the app's PNS URL a signed test payment message.
     * @param packageName the app
     * @param environment {@code sandbox} or {@code commercial}, or null for the store's default
     * @return the delivery's id, to follow with {@link AdminNotifications#get}
     */
    public String testNotification(String packageName, String environment) {
        Map<String, Object> body = new LinkedHashMap<>();
        CafebazaarAdmin.putIfPresent(body, "environment", environment);
        return http.object(AdminRoutes.ONESTORE_TEST_NOTIFICATION, body, packageName)
                .get("id")
                .asString();
    }
}
