package dev.storeemulator.emulator.onestore;

import io.javalin.http.Context;
import java.time.Instant;

/**
 * The seed's strict Bearer rule: exactly {@code Authorization: Bearer <token>} — case-sensitive, one
 * space, no brackets. A token only opens the package it was issued for (its client_id).
 */
final class OneStoreAuth {
    private static final String BEARER = "Bearer ";

    private OneStoreAuth() {}

    /** Checks the token and returns the request's package name (size-checked). */
    static String authorize(Context ctx, OneStoreState state, OneStoreWorld world, Instant now) {
        return authorize(ctx, state, world, now, "packageName");
    }

    /**
     * The same, with the package in the path parameter {@code packageParam} (v7 calls it clientId). A token
     * of an app no longer registered is refused like an unknown one.
     */
    static String authorize(Context ctx, OneStoreState state, OneStoreWorld world, Instant now, String packageParam) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith(BEARER)) {
            throw new OneStoreException(OneStoreError.INVALID_ACCESS_TOKEN);
        }
        String token = header.substring(BEARER.length());
        if (token.isEmpty() || !token.chars().allMatch(c -> c > ' ' && c != '<' && c != '>' && c < 127)) {
            throw new OneStoreException(OneStoreError.INVALID_ACCESS_TOKEN);
        }
        String clientId = world.tokens().clientOf(token, now);
        if (!state.hasApp(clientId)) {
            throw new OneStoreException(
                    OneStoreError.INVALID_ACCESS_TOKEN,
                    "The access token's app '" + clientId + "' is no longer registered.");
        }
        String packageName = OneStoreParams.path(ctx, packageParam, OneStoreParams.PACKAGE_NAME);
        if (!clientId.equals(packageName)) {
            throw new OneStoreException(
                    OneStoreError.INVALID_ACCESS_TOKEN, "The access token was issued for another package.");
        }
        return packageName;
    }
}
