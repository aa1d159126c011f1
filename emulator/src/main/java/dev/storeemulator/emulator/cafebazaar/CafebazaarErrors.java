package dev.storeemulator.emulator.cafebazaar;

import dev.storeemulator.emulator.core.Responses;
import io.javalin.http.Context;
import java.util.function.Supplier;

/** The one place Cafebazaar errors become wire bodies: {@code {"error": …, "error_description": …}}. */
final class CafebazaarErrors {
    private final Supplier<CafebazaarSettings> settings;

    CafebazaarErrors(Supplier<CafebazaarSettings> settings) {
        this.settings = settings;
    }

    void render(Context ctx, CafebazaarException e) {
        CafebazaarError kind = e.error();
        CafebazaarSettings.ErrorOverride o = settings.get().errors().get(kind.key());
        int status = o != null && o.status() != null ? o.status() : kind.status();
        String code = o != null && o.error() != null ? o.error() : kind.code();
        String description = o != null && o.errorDescription() != null
                ? o.errorDescription()
                : e.detail() != null ? e.detail() : kind.description();
        if (e.retryAfterSeconds() >= 0) {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        if (kind.name().startsWith("TOKEN_")) {
            ctx.header("Cache-Control", "no-store").header("Pragma", "no-cache");
        }
        Responses.json(ctx, status, new CafebazaarWire.Error(code, description));
    }
}
