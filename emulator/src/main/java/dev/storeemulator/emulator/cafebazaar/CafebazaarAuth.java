package dev.storeemulator.emulator.cafebazaar;

import io.javalin.http.Context;
import java.time.Instant;

/**
 * Who is calling: a Pishkhan secret header, or an access token as {@code ?access_token=},
 * {@code Authorization: Bearer <t>} or a bare {@code Authorization: <t>}. A caller only opens the
 * packages of its own account.
 */
final class CafebazaarAuth {
    static final String PISHKHAN_HEADER = "CAFEBAZAAR-PISHKHAN-API-SECRET";

    private CafebazaarAuth() {}

    static Account authenticate(Context ctx, CafebazaarState state, Instant now) {
        String secret = ctx.header(PISHKHAN_HEADER);
        if (secret != null) {
            return state.accountBySecret(secret.trim())
                    .orElseThrow(() -> new CafebazaarException(CafebazaarError.WRONG_PISHKHAN_SECRET));
        }
        String token = accessToken(ctx);
        if (token == null || token.isEmpty()) {
            throw new CafebazaarException(CafebazaarError.MISSING_TOKEN);
        }
        String clientId = state.oauth().clientOf(token, now);
        // A token whose client (or account) an admin edit removed is no longer known.
        return state.client(clientId)
                .map(c -> state.account(c.accountId()))
                .orElseThrow(() -> new CafebazaarException(CafebazaarError.UNKNOWN_TOKEN));
    }

    /** Authenticates, counts the call against the daily quota, and checks the package is the caller's. */
    static Account authorize(Context ctx, CafebazaarState state, Instant now, String packageName) {
        Account account = authenticate(ctx, state, now);
        state.quota().take(account.id(), now);
        if (!account.owns(packageName)) {
            throw new CafebazaarException(CafebazaarError.UNKNOWN_PACKAGE);
        }
        return account;
    }

    private static String accessToken(Context ctx) {
        String query = ctx.queryParam("access_token");
        if (query != null) {
            return query.trim();
        }
        String header = ctx.header("Authorization");
        if (header == null) {
            return null;
        }
        String value = header.trim();
        return value.regionMatches(true, 0, "Bearer ", 0, 7)
                ? value.substring(7).trim()
                : value;
    }
}
