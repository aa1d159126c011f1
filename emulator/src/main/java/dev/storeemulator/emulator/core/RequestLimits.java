package dev.storeemulator.emulator.core;

import dev.storeemulator.admin.api.AdminRoutes;
import io.javalin.http.Context;

/**
 * Sizes the emulator refuses, each in the owning store's format (README, Limits). Jetty enforces the header
 * size itself ({@link #HEADER_BYTES}, 431, or 414 when the request line alone is longer); the URL and body
 * limits are checked here, before any route runs, so a refused request changes nothing.
 */
public final class RequestLimits {
    /** Longest request target (path and query), in bytes. */
    public static final int URL_BYTES = 8 * 1024;
    /** Largest request head (request line and headers), in bytes. */
    public static final int HEADER_BYTES = 16 * 1024;
    /** Largest body of a store call. */
    public static final long STORE_BODY_BYTES = 1024 * 1024;
    /** Largest body of a control-plane call ({@code PUT /__admin/fixtures} carries a whole world). */
    public static final long ADMIN_BODY_BYTES = 16 * 1024 * 1024;

    /**
     * How long a connection may stay silent before it is closed: one that sends nothing, or dribbles its
     * request slower than this between bytes. Not a limit on the answer: a call a fault rule delays or holds
     * is not cut by it.
     */
    public static final java.time.Duration IDLE_TIMEOUT = java.time.Duration.ofSeconds(30);

    /** A request over one of the limits: {@code status} is 413 or 414. */
    static final class Exceeded extends RuntimeException {
        final int status;

        Exceeded(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private RequestLimits() {}

    /** Throws {@link Exceeded} when the request is over a limit. Runs before every route. */
    static void check(Context ctx) {
        String target = ctx.req().getRequestURI();
        String query = ctx.req().getQueryString();
        int length = target.length() + (query == null ? 0 : query.length() + 1);
        if (length > URL_BYTES) {
            throw new Exceeded(414, "The URL is longer than " + URL_BYTES + " bytes.");
        }
        long limit = isAdmin(ctx.path()) ? ADMIN_BODY_BYTES : STORE_BODY_BYTES;
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit || (declared < 0 && ctx.header("Transfer-Encoding") != null && bodyLength(ctx) > limit)) {
            throw new Exceeded(413, "The request body is larger than " + limit + " bytes.");
        }
    }

    /** A chunked body's length, read (and kept for the route); past Javalin's own cap, more than any limit. */
    private static long bodyLength(Context ctx) {
        try {
            return ctx.bodyAsBytes().length;
        } catch (io.javalin.http.HttpResponseException e) {
            return Long.MAX_VALUE;
        }
    }

    private static boolean isAdmin(String path) {
        return path.equals(AdminRoutes.PREFIX) || path.startsWith(AdminRoutes.PREFIX + "/");
    }
}
