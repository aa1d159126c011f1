package dev.storeemulator.emulator.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The one rule for a receiver's URL, in fixtures and the admin API alike: absolute {@code http} or {@code https}. */
public final class NotificationUrls {
    private NotificationUrls() {}

    /** What is wrong with {@code url} as a receiver, or empty if it is one. */
    public static Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("must be an http or https URL");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("must be an http or https URL, not '" + url + "'");
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return Optional.of("must name a host: '" + url + "'");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL: " + e.getReason());
        }
    }

    /** {@code url} as a URI; throws {@link IllegalArgumentException} with {@link #problem}'s text. */
    public static URI parse(String url) {
        problem(url).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return URI.create(url);
    }
}
