package dev.storeemulator.emulator.admin;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps web pages away from the admin API. A page the developer happens to open can send "simple" cross-site
 * requests with no preflight (a {@code text/plain} POST resets, refunds or moves the clock), and a DNS-rebinding
 * page can even read the answers under its own name. So every {@code /__admin} call is refused with 403:
 * <ul>
 *   <li>when it carries an {@code Origin} (every browser sends one on a cross-origin POST, and on fetches) that is
 *       not the emulator's own (scheme-less {@code host:port} equal to the {@code Host} it was sent to), or a
 *       {@code Sec-Fetch-Site} other than {@code same-origin} or {@code none};</li>
 *   <li>without an admin token, when its {@code Host} names the emulator by a name a rebinding attack could own:
 *       anything but an IP literal, {@code localhost} (and {@code *.localhost}), a single-label name (a Docker
 *       service name), a real store host, or a name given with {@code --tls-host}.</li>
 * </ul>
 * curl, HTTP clients, Testcontainers and the emulator's own pages send no foreign Origin and pass.
 */
final class BrowserGuard {
    private final Set<String> knownHosts;
    private final boolean tokenRequired;

    BrowserGuard(Set<String> knownHosts, boolean tokenRequired) {
        this.knownHosts = Set.copyOf(
                knownHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        this.tokenRequired = tokenRequired;
    }

    void check(Context ctx) {
        String host = ctx.header("Host");
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, host)) {
            throw forbidden("A web page (Origin " + origin + ") may not use the admin API: only the emulator's own "
                    + "pages, and clients that send no Origin (curl, HTTP libraries), may.");
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            throw forbidden("A " + site + " request from a web page may not use the admin API.");
        }
        if (!tokenRequired && host != null && !trusted(hostName(host))) {
            throw forbidden("The admin API answers under its own names only (localhost, an IP address, a single-label"
                    + " name, a real store host, or one given with --tls-host), not '" + hostName(host) + "': that is"
                    + " how a DNS-rebinding page would reach it. Use one of those names, or start with --admin-token.");
        }
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
        return !n.contains(".") || n.equals("localhost") || n.endsWith(".localhost") || knownHosts.contains(n);
    }

    /** The name part of a Host header: {@code [::1]:7070} → {@code [::1]}, {@code a.b:80} → {@code a.b}. */
    private static String hostName(String host) {
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
