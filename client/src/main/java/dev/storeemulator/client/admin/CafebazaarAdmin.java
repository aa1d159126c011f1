package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.admin.api.AdminRoutes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** Cafebazaar's world: accounts, purchases, subscriptions, settings, and OAuth grants with chosen values. */
public final class CafebazaarAdmin {
    private final AdminHttp http;

    CafebazaarAdmin(AdminHttp http) {
        this.http = http;
    }

    /** @return the developer accounts with their packages and OAuth clients */
    public AdminCollection accounts() {
        return new AdminCollection(http, AdminResource.CAFEBAZAAR_ACCOUNTS, null);
    }

    /** @return the in-app purchases, by token */
    public AdminCollection purchases() {
        return new AdminCollection(http, AdminResource.CAFEBAZAAR_PURCHASES, null);
    }

    /** @return the subscription series, by any of their tokens */
    public AdminCollection subscriptions() {
        return new AdminCollection(http, AdminResource.CAFEBAZAAR_SUBSCRIPTIONS, null);
    }

    /**
     * Consumes a purchase, as the app would.
     * @param token the purchase token
     * @return the purchase after
     */
    public ObjectNode consume(String token) {
        return purchases().act(token, "consume");
    }

    /**
     * Refunds a purchase, as the store's support would.
     * @param token the purchase token
     * @return the purchase after
     */
    public ObjectNode refund(String token) {
        return purchases().act(token, "refund");
    }

    /**
     * Bills the next period now: a new token linked to the series, valid one period longer.
     * @param token any token of the series
     * @return the subscription after
     */
    public ObjectNode renewSubscription(String token) {
        return subscriptions().act(token, "renew");
    }

    /**
     * Turns auto-renewal off; the subscription stays valid until {@code validUntil}.
     * @param token any token of the series
     * @return the subscription after
     */
    public ObjectNode cancelSubscription(String token) {
        return subscriptions().act(token, "cancel");
    }

    /**
     * Ends the subscription now.
     * @param token any token of the series
     * @return the subscription after
     */
    public ObjectNode expireSubscription(String token) {
        return subscriptions().act(token, "expire");
    }

    /** @return Cafebazaar's settings section */
    public ObjectNode settings() {
        return settingsRoutes().read();
    }

    /**
     * Replaces Cafebazaar's settings (the fixtures' {@code cafebazaar.settings}).
     * @param settings a Map, record or {@link ObjectNode}
     * @return the settings after
     */
    public ObjectNode replaceSettings(Object settings) {
        return settingsRoutes().replace(settings);
    }

    /**
     * Registers an access and/or refresh token for an OAuth client, as if the flow had issued them.
     * @param clientId     the OAuth client of the fixtures
     * @param accessToken  the access token, or null
     * @param refreshToken the refresh token, or null
     * @param expiresAt    when the access token expires, or null for the store's usual lifetime
     * @return the emulator's answer ({@code clientId}, {@code expiresAt})
     */
    public ObjectNode seedTokens(String clientId, String accessToken, String refreshToken, Instant expiresAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", Objects.requireNonNull(clientId, "clientId"));
        putIfPresent(body, "accessToken", accessToken);
        putIfPresent(body, "refreshToken", refreshToken);
        putIfPresent(body, "expiresAt", expiresAt);
        return http.object(AdminRoutes.CAFEBAZAAR_SEED_TOKENS, body);
    }

    /**
     * Registers an authorization code, as if the developer had clicked Authorize.
     * @param code      the code
     * @param clientId  the OAuth client of the fixtures
     * @param expiresAt when it expires, or null for the store's usual lifetime
     * @return the emulator's answer ({@code code}, {@code clientId}, {@code expiresAt})
     */
    public ObjectNode seedAuthorizationCode(String code, String clientId, Instant expiresAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", Objects.requireNonNull(code, "code"));
        body.put("clientId", Objects.requireNonNull(clientId, "clientId"));
        putIfPresent(body, "expiresAt", expiresAt);
        return http.object(AdminRoutes.CAFEBAZAAR_SEED_CODE, body);
    }

    static void putIfPresent(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value.toString());
        }
    }

    private StoreSettings settingsRoutes() {
        return new StoreSettings(http, AdminRoutes.GET_CAFEBAZAAR_SETTINGS, AdminRoutes.PUT_CAFEBAZAAR_SETTINGS);
    }
}
