package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.admin.api.AdminRoutes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** Cafebazaar's world: accounts, purchases, subscriptions, settings, and OAuth grants with chosen values. */
public final class CafebazaarAdmin extends PurchasesAdmin {

    CafebazaarAdmin(AdminHttp http) {
        super(
                http,
                AdminRoutes.GET_CAFEBAZAAR_SETTINGS,
                AdminRoutes.PUT_CAFEBAZAAR_SETTINGS,
                AdminResource.CAFEBAZAAR_PURCHASES,
                AdminResource.CAFEBAZAAR_SUBSCRIPTIONS);
    }

    /** @return the subscription series, by any of their tokens */
    @Override
    public AdminCollection subscriptions() {
        return super.subscriptions();
    }

    /** @return the developer accounts with their packages and OAuth clients */
    public AdminCollection accounts() {
        return new AdminCollection(http, AdminResource.CAFEBAZAAR_ACCOUNTS, null);
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
}
