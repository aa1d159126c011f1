package dev.storeemulator.emulator.cafebazaar;

import static io.javalin.http.HandlerType.POST;

import dev.storeemulator.emulator.admin.AdminException;
import dev.storeemulator.emulator.admin.AdminJson;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.fixtures.TimeValue;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Cafebazaar's OAuth grants seeded over HTTP, for tests that drive an emulator they cannot reach in
 * process (a container): access/refresh tokens and authorization codes with chosen values and expiry.
 */
final class CafebazaarAdminRoutes {
    private static final String PREFIX = "/__admin/cafebazaar";

    private final Supplier<CafebazaarState> state;
    private final Clock clock;

    CafebazaarAdminRoutes(Supplier<CafebazaarState> state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    List<StoreRoute> routes() {
        return List.of(
                new StoreRoute("admin", "cafebazaarSeedTokens", POST, PREFIX + "/tokens", this::tokens),
                new StoreRoute("admin", "cafebazaarSeedCode", POST, PREFIX + "/authorization-codes", this::code));
    }

    /** {@code {"clientId", "accessToken"?, "refreshToken"?, "expiresAt"?}}; expiresAt is a fixtures time value. */
    private void tokens(Context ctx) {
        JsonNode body = AdminJson.object(ctx);
        OAuthClient client = client(body);
        String access = optionalText(body, "accessToken");
        String refresh = optionalText(body, "refreshToken");
        if (access == null && refresh == null) {
            throw AdminException.badRequest("Give 'accessToken', 'refreshToken' or both.");
        }
        Instant expiresAt = time(body, "expiresAt", clock.instant().plus(state.get().settings().accessTokenTtl()));
        state.get().oauth().register(client.clientId(), access, refresh, expiresAt);
        Responses.json(ctx, 201, Map.of("clientId", client.clientId(), "expiresAt", expiresAt.toString()));
    }

    /** {@code {"code", "clientId", "expiresAt"?}}: as if the developer had clicked Authorize. */
    private void code(Context ctx) {
        JsonNode body = AdminJson.object(ctx);
        OAuthClient client = client(body);
        String code = optionalText(body, "code");
        if (code == null) {
            throw AdminException.badRequest("Give the 'code' to register.");
        }
        Instant expiresAt = time(body, "expiresAt", clock.instant().plus(state.get().settings().authorizationCodeTtl()));
        state.get().oauth().registerCode(code, client.clientId(), client.redirectUri(), expiresAt);
        Responses.json(ctx, 201, Map.of("code", code, "clientId", client.clientId(), "expiresAt", expiresAt.toString()));
    }

    private OAuthClient client(JsonNode body) {
        String clientId = optionalText(body, "clientId");
        if (clientId == null) {
            throw AdminException.badRequest("Give the 'clientId' the grant belongs to.");
        }
        return state.get().client(clientId)
                .orElseThrow(() -> AdminException.notFound("No Cafebazaar client '" + clientId + "' in the fixtures."));
    }

    private Instant time(JsonNode body, String field, Instant fallback) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        try {
            TimeValue t = value.isNumber() ? TimeValue.ofEpochMillis(value.asLong()) : TimeValue.parse(value.asString());
            return t.resolve(clock.instant());
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest("'" + field + "': " + e.getMessage());
        }
    }

    private static String optionalText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() || value.asString().isEmpty()) {
            throw AdminException.badRequest("'" + field + "' must be a non-empty string.");
        }
        return value.asString();
    }
}
