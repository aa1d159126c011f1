package dev.storeemulator.client.cafebazaar;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** The checks {@link CafebazaarClientBuilder} applies to its values, failing fast at configuration time. */
final class BuilderRules {
    private BuilderRules() {}

    /** An absolute http(s) URL without query or fragment, returned without trailing slashes. */
    static String baseUrl(String value) {
        URI uri = URI.create(Objects.requireNonNull(value, "baseUrl"));
        boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL without query or fragment: " + value);
        }
        return value.replaceAll("/+$", "");
    }

    /** OAuth needs the client credentials; a Pishkhan secret excludes every OAuth setting. */
    static void checkCredentials(CafebazaarClientBuilder b) {
        if (b.pishkhanSecret != null) {
            if (b.clientId != null
                    || b.clientSecret != null
                    || b.redirectUri != null
                    || b.refreshToken != null
                    || b.accessToken != null
                    || b.tokenListener != null) {
                throw new IllegalStateException("a Pishkhan secret excludes every OAuth setting; choose one");
            }
        } else if (b.clientId == null || b.clientSecret == null) {
            throw new IllegalStateException("set clientId and clientSecret (OAuth), or pishkhanSecret");
        }
    }

    static Duration positive(Duration value, String name) {
        if (Objects.requireNonNull(value, name).isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }

    static Duration nonNegative(Duration value, String name) {
        if (Objects.requireNonNull(value, name).isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return value;
    }
}
