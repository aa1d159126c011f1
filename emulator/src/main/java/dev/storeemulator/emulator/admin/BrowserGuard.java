package dev.storeemulator.emulator.admin;

import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps web pages away from the admin API. A page the developer happens to open can send "simple" cross-site
 * requests with no preflight (a {@code text/plain} POST resets, refunds or moves the clock), and a DNS-rebinding
 * page can even read the answers under its own name. So every {@code /__admin} call is refused:
 * <ul>
 *   <li>403 when it carries an {@code Origin} (every browser sends one on a cross-origin POST, PUT or DELETE) that is
 *       neither the emulator's own ({@code host:port} equal to the {@code Host} it was sent to) nor one of
 *       {@link AdminAccess#allowedOrigins()}, or a cross-site / same-site {@code Sec-Fetch-Site} without such an
 *       origin;</li>
 *   <li>415 when it writes a body that is not JSON (YAML too where a route takes it): a body a browser can send
 *       without asking first ({@code text/plain}, a form, none named) never reaches a handler;</li>
 *   <li>403, while bound to loopback, when its {@code Host} names the emulator by a name a rebinding attack could
 *       own: anything but an IP literal, {@code localhost} (and {@code *.localhost}), a single-label name, a real
 *       store host or one of {@link AdminAccess#allowedHosts()}.</li>
 * </ul>
 * curl, HTTP clients and Testcontainers send no Origin and pass. A listed origin also gets the CORS answers a
 * browser needs (preflight, {@code Access-Control-Allow-Origin}); no other origin ever does.
 */
final class BrowserGuard {
    static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE";
    static final String ALLOWED_HEADERS =
            "Content-Type, Authorization, " + dev.storeemulator.admin.api.AdminRoutes.TOKEN_HEADER;

    private final Set<String> allowedHosts;
    private final Set<String> allowedOrigins;
    private final boolean hostChecked;

    BrowserGuard(AdminAccess access, Set<String> realHosts) {
        this.allowedHosts = java.util.stream.Stream.concat(access.allowedHosts().stream(), realHosts.stream())
                .map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.allowedOrigins =
                access.allowedOrigins().stream().map(AdminAccess::normalOrigin).collect(Collectors.toUnmodifiableSet());
        this.hostChecked = access.hostChecked();
    }

    /**
     * Refuses the call if a web page could have sent it unasked; for a listed origin, adds the CORS headers.
     *
     * @param yaml whether the route also takes a YAML body
     */
    void check(Context ctx, boolean yaml) {
        String host = ctx.header("Host");
        String origin = ctx.header("Origin");
        boolean listed = origin != null && allowedOrigins.contains(AdminAccess.normalOrigin(origin));
        if (origin != null && !listed && !sameOrigin(origin, host)) {
            throw forbidden("A web page (Origin " + origin + ") may not use the admin API: only the emulator's own "
                    + "pages, origins given with --admin-allowed-origin, and clients that send no Origin (curl, HTTP "
                    + "libraries) may.");
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (!listed && site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            throw forbidden("A " + site + " request from a web page may not use the admin API.");
        }
        if (hostChecked && host != null && !trusted(hostName(host))) {
            throw forbidden("The admin API answers under its own names only (localhost, an IP address, a single-label"
                    + " name, a real store host, or one given with --allowed-host or --tls-host), not '"
                    + hostName(host) + "': that is how a DNS-rebinding page would reach it.");
        }
        if (listed) {
            ctx.header("Access-Control-Allow-Origin", origin.trim());
            ctx.header("Vary", "Origin");
        }
        if (writesBody(ctx) && !acceptable(ctx.header("Content-Type"), yaml)) {
            throw new AdminException(
                    415,
                    "unsupported_media_type",
                    "An admin call's body must be sent as Content-Type: application/json"
                            + (yaml ? " (or application/yaml)" : "") + ", not "
                            + (ctx.header("Content-Type") == null ? "without one" : ctx.header("Content-Type"))
                            + ": a web page can send any other type without asking first.");
        }
    }

    /**
     * Answers a CORS preflight ({@code OPTIONS}) after {@link #check}: a listed origin is told what it may send; any
     * other caller (no Origin) just gets the methods of the path.
     */
    void preflight(Context ctx, List<String> methods) {
        if (ctx.header("Origin") != null) {
            ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
            ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            ctx.header("Access-Control-Max-Age", "600");
        }
        ctx.header("Allow", String.join(", ", methods));
        ctx.status(204);
    }

    private static boolean writesBody(Context ctx) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return false;
        }
        return ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
    }

    private static boolean acceptable(String contentType, boolean yaml) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json")) {
            return true;
        }
        return yaml
                && (type.equals("application/yaml")
                        || type.equals("application/x-yaml")
                        || type.equals("text/yaml")
                        || type.equals("text/x-yaml"));
    }

    private static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI o = URI.create(origin.trim());
            if (o.getHost() == null) {
                return false; // "null" (a sandboxed frame, a file: page) is never the emulator
            }
            String authority = o.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean trusted(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.isEmpty() || n.startsWith("[") || n.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return true; // IP literals: no name to rebind
        }
        return !n.contains(".") || n.equals("localhost") || n.endsWith(".localhost") || allowedHosts.contains(n);
    }

    /** The name part of a Host header: {@code [::1]:7070} → {@code [::1]}, {@code a.b:80} → {@code a.b}. */
    static String hostName(String host) {
        String h = host.trim();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static AdminException forbidden(String message) {
        return new AdminException(403, "forbidden", message);
    }
}
