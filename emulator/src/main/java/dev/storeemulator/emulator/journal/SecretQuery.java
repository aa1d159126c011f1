package dev.storeemulator.emulator.journal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Masks secret values in a raw query string before it is journalled. */
final class SecretQuery {
    static final Set<String> SECRET_PARAMETERS =
            Set.of("access_token", "client_secret", "refresh_token", "code", "password");
    private static final int KEPT = 4;

    private SecretQuery() {}

    /**
     * The query with each secret value cut to its first 4 characters and {@code …}; values shorter than 8
     * characters keep only half of them, so a short secret is never shown whole. Null or empty gives null.
     */
    static String mask(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(query.length());
        for (String pair : query.split("&", -1)) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (eq < 0 || !SECRET_PARAMETERS.contains(decode(name))) {
                out.append(pair);
            } else {
                out.append(name).append('=').append(masked(decode(pair.substring(eq + 1))));
            }
        }
        return out.toString();
    }

    private static String masked(String value) {
        int kept = Math.min(KEPT, value.length() / 2);
        String head = value.substring(0, value.offsetByCodePoints(0, value.codePointCount(0, kept)));
        return URLEncoder.encode(head, StandardCharsets.UTF_8) + "…";
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
