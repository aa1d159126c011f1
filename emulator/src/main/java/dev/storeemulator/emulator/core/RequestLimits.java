package dev.storeemulator.emulator.core;

import dev.storeemulator.admin.api.AdminRoutes;
import io.javalin.http.Context;

/**
 * Sizes the emulator refuses, each in the owning store's format (docs/limits.md). Jetty enforces the header
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

    /**
     * Most of a refused body that is read and dropped before the 413 is sent, so that a client still sending
     * it reads the answer instead of a reset: closing a connection with unread bytes makes the kernel reset it,
     * and the answer already sent may be lost with it. A larger body is refused at once and the connection
     * closed.
     */
    public static final long DRAIN_BYTES = 32L * 1024 * 1024;
    /** Longest time spent reading and dropping a refused body (see {@link #DRAIN_BYTES}). */
    public static final java.time.Duration DRAIN_TIME = java.time.Duration.ofSeconds(10);

    /**
     * A request over one of the limits: {@code status} is 413 or 414; {@code bodyRead} when nothing of the
     * request is left unread, so that the connection may serve the next one.
     */
    public static final class Exceeded extends RuntimeException {
        /** 413 or 414. */
        public final int status;
        /** Whether nothing of the request is left unread. */
        public final boolean bodyRead;

        Exceeded(int status, String message, boolean bodyRead) {
            super(message, null, false, false);
            this.status = status;
            this.bodyRead = bodyRead;
        }
    }

    private RequestLimits() {}

    /** Throws {@link Exceeded} when the request is over a limit. Runs before every route. */
    public static void check(Context ctx) {
        String target = ctx.req().getRequestURI();
        String query = ctx.req().getQueryString();
        int length = target.length() + (query == null ? 0 : query.length() + 1);
        if (length > URL_BYTES) {
            throw new Exceeded(414, "The URL is longer than " + URL_BYTES + " bytes.", true);
        }
        long limit = isAdmin(ctx.path()) ? ADMIN_BODY_BYTES : STORE_BODY_BYTES;
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit || (declared < 0 && ctx.header("Transfer-Encoding") != null && bodyLength(ctx) > limit)) {
            boolean read = drain(ctx, declared);
            throw new Exceeded(413, "The request body is larger than " + limit + " bytes.", read);
        }
    }

    /**
     * Reads and drops what is left of a refused body, within {@link #DRAIN_BYTES} and {@link #DRAIN_TIME}.
     * Not when the client waits for {@code 100 Continue}: it has sent no body, and the 413 tells it not to.
     *
     * @return whether the whole body was read
     */
    private static boolean drain(Context ctx, long declared) {
        if (declared > DRAIN_BYTES || "100-continue".equalsIgnoreCase(ctx.header("Expect"))) {
            return false;
        }
        long deadline = System.nanoTime() + DRAIN_TIME.toNanos(); // an I/O bound, not emulated time
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try {
            java.io.InputStream in = ctx.req().getInputStream();
            while (read <= DRAIN_BYTES && System.nanoTime() < deadline) {
                int n = in.read(buffer);
                if (n < 0) {
                    return true;
                }
                read += n;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // the client stopped sending or went away: the answer is sent all the same
        }
        return false;
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
