package dev.storeemulator.emulator.onestore;

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

/** ONE store access tokens seeded over HTTP, for tests that drive an emulator in a container. */
final class OneStoreAdminRoutes {
    private final Supplier<OneStoreState> state;
    private final Clock clock;
    private final OneStorePns pns;

    private final dev.storeemulator.emulator.persist.ChangedEntries changes;

    OneStoreAdminRoutes(
            Supplier<OneStoreState> state,
            Clock clock,
            OneStorePns pns,
            dev.storeemulator.emulator.persist.ChangedEntries changes) {
        this.state = state;
        this.clock = clock;
        this.pns = pns;
        this.changes = changes;
    }

    List<StoreRoute> routes() {
        return List.of(
                StoreRoute.admin(dev.storeemulator.admin.api.AdminRoutes.ONESTORE_SEED_TOKEN, this::token),
                StoreRoute.admin(dev.storeemulator.admin.api.AdminRoutes.ONESTORE_TEST_NOTIFICATION, this::test));
    }

    /** {@code {"environment"?: sandbox|commercial}}: a signed test PNS to the app's URL for it. */
    private void test(Context ctx) {
        OneStoreState s = state.get();
        String packageName = ctx.pathParam("packageName");
        JsonNode body = ctx.body().isBlank() ? null : AdminJson.object(ctx);
        String environment = body != null && body.has("environment")
                ? text(body, "environment")
                : s.settings().defaultEnvironment();
        OneStoreState.Environment env;
        try {
            env = OneStoreEnvironments.parse(environment);
        } catch (OneStoreException e) {
            throw AdminException.badRequest("'environment' must be sandbox or commercial.");
        }
        if (s.app(packageName).isEmpty()) {
            throw AdminException.notFound("No ONE store app '" + packageName + "' in onestore.apps.");
        }
        String id = pns.test(s, packageName, env, clock.instant());
        String name = env.name().toLowerCase(java.util.Locale.ROOT);
        if (id == null) {
            throw AdminException.conflict("The app '" + packageName + "' has no PNS URL for " + name
                    + "; set onestore.apps[].notifications." + name + ".");
        }
        dev.storeemulator.emulator.admin.TestNotifications.accepted(ctx, id);
    }

    /** {@code {"clientId", "accessToken", "environment"?: sandbox|commercial, "expiresAt"?}}. */
    private void token(Context ctx) {
        JsonNode body = AdminJson.object(ctx);
        String clientId = text(body, "clientId");
        String accessToken = text(body, "accessToken");
        String environment = body.has("environment")
                ? text(body, "environment")
                : state.get().settings().defaultEnvironment();
        OneStoreState.Environment env;
        try {
            env = OneStoreEnvironments.parse(environment);
        } catch (OneStoreException e) {
            throw AdminException.badRequest("'environment' must be sandbox or commercial.");
        }
        Instant expiresAt = clock.instant().plus(state.get().settings().tokenTtl());
        if (body.hasNonNull("expiresAt")) {
            try {
                expiresAt = TimeValue.parse(body.get("expiresAt").asString()).resolve(clock.instant());
            } catch (IllegalArgumentException e) {
                throw AdminException.badRequest("'expiresAt': " + e.getMessage());
            }
        }
        if (!state.get().hasApp(clientId)) {
            throw AdminException.notFound("No ONE store app '" + clientId + "' in onestore.apps; add it first.");
        }
        state.get().world(env).registerToken(accessToken, clientId, expiresAt);
        changes.touch(OneStoreModule.tokensOf(env), accessToken);
        Responses.json(
                ctx,
                201,
                Map.of(
                        "clientId",
                        clientId,
                        "environment",
                        env.name().toLowerCase(java.util.Locale.ROOT),
                        "expiresAt",
                        expiresAt.toString()));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isString() || value.asString().isEmpty()) {
            throw AdminException.badRequest("'" + field + "' must be a non-empty string.");
        }
        return value.asString();
    }
}
