package dev.storeemulator.emulator.admin;

import dev.storeemulator.emulator.core.StoreRoute;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard, {@code /__admin/ui/}: three static files from the jar (no CDN, no build step), a client of the admin
 * API like any other. Served with a strict Content-Security-Policy (scripts, styles and connections to this origin
 * only; no inline code, no frames), so even a value that slipped past the page's text-only rendering could not run.
 */
final class UiRoutes {
    static final String PATH = "/ui/";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8");
    private static final String ROOT = "/dev/storeemulator/emulator/ui/";

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    List<StoreRoute> routes() {
        String base = AdminModule.PREFIX + PATH;
        return List.of(
                new StoreRoute(
                        "admin",
                        "ui",
                        HandlerType.GET,
                        AdminModule.PREFIX + "/ui",
                        ctx -> ctx.status(302).header("Location", base)),
                new StoreRoute("admin", "ui", HandlerType.GET, base, ctx -> serve(ctx, "index.html")),
                new StoreRoute(
                        "admin", "ui", HandlerType.GET, base + "{file}", ctx -> serve(ctx, ctx.pathParam("file"))));
    }

    private void serve(Context ctx, String file) {
        String type = FILES.get(file);
        if (type == null) {
            throw AdminException.notFound("The dashboard has no file '" + file + "'.");
        }
        byte[] body = cache.computeIfAbsent(file, UiRoutes::read);
        ctx.status(200)
                .contentType(type)
                .header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-cache")
                .result(body);
    }

    private static byte[] read(String file) {
        try (InputStream in = UiRoutes.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the dashboard's " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
