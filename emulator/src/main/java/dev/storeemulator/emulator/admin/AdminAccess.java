package dev.storeemulator.emulator.admin;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Who besides curl-like clients may use the admin API ({@link BrowserGuard}).
 *
 * @param allowedHosts   names the admin API answers under besides localhost, IP literals, single-label names and the
 *                       real store hosts ({@code --allowed-host}, {@code --tls-host}, the bind address)
 * @param allowedOrigins web origins ({@code scheme://host[:port]}) whose pages may call it besides its own
 *                       ({@code --admin-allowed-origin})
 * @param hostChecked    whether the {@code Host} rule applies: while bound to loopback only, since behind a wildcard
 *                       bind (a container) the names it is reached by cannot be known in advance
 */
public record AdminAccess(List<String> allowedHosts, List<String> allowedOrigins, boolean hostChecked) {
    public AdminAccess {
        allowedHosts = List.copyOf(allowedHosts);
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedOrigins.forEach(AdminAccess::requireOrigin);
    }

    /** The default of a server bound to {@code bindAddress}: the Host rule on loopback, no other origin. */
    public static AdminAccess boundTo(String bindAddress, List<String> allowedHosts, List<String> allowedOrigins) {
        List<String> hosts = new java.util.ArrayList<>(allowedHosts);
        hosts.add(bindAddress);
        return new AdminAccess(hosts, allowedOrigins, isLoopback(bindAddress));
    }

    /** Whether an address or name is the loopback interface ({@code 127.0.0.0/8}, {@code ::1}, {@code localhost}). */
    public static boolean isLoopback(String address) {
        String a = address.trim().toLowerCase(Locale.ROOT);
        return a.equals("localhost")
                || a.equals("::1")
                || a.equals("[::1]")
                || a.equals("0:0:0:0:0:0:0:1")
                || a.matches("127(\\.\\d{1,3}){3}");
    }

    /**
     * Checks that {@code origin} is a web origin: a scheme and a host, an optional port, nothing else.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void requireOrigin(String origin) {
        URI uri;
        try {
            uri = URI.create(origin.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an origin (scheme://host[:port]): " + origin);
        }
        boolean bare = (uri.getRawPath() == null
                        || uri.getRawPath().isEmpty()
                        || uri.getRawPath().equals("/"))
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null
                && uri.getRawUserInfo() == null;
        if (uri.getScheme() == null || uri.getHost() == null || !bare) {
            throw new IllegalArgumentException("not an origin (scheme://host[:port], no path): " + origin);
        }
    }

    /** An origin as browsers send it: lower-case, no trailing slash. */
    static String normalOrigin(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
