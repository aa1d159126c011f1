package dev.storeemulator.emulator.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went over the wire in one call, for the newest calls only ({@link Journal#details}): the request's headers and
 * body, the answer's headers and body, each body cut at {@value #MAX_BODY} characters, every secret masked as the
 * journal masks a query (its first characters and {@code …}): credentials headers, secret form fields and JSON
 * members ({@code access_token}, {@code client_secret}, …).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallDetails(
        @JsonProperty("request") Message request,
        @JsonProperty("response") Message response) {
    static final int MAX_BODY = 8 * 1024;
    static final Set<String> SECRET_HEADERS = Set.of(
            "authorization",
            "api-key",
            "cafebazaar-pishkhan-api-secret",
            "x-store-emulator-admin-token",
            "cookie",
            "set-cookie");
    private static final Pattern JSON_SECRET = Pattern.compile("\"(access_token|refresh_token|client_secret|code|"
            + "password|accessToken|refreshToken|clientSecret)\"(\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One side of the call. {@code body} is null when there was none; {@code truncated} when it was cut. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Message(
            @JsonProperty("headers") Map<String, String> headers,
            @JsonProperty("body") String body,
            @JsonProperty("truncated") Boolean truncated) {}

    /** One side as shown: the body cut at {@value #MAX_BODY} characters, its secrets masked (as a form or JSON). */
    static Message message(Map<String, String> headers, String body, String contentType) {
        if (body == null || body.isEmpty()) {
            return new Message(headers, null, null);
        }
        boolean cut = body.length() > MAX_BODY;
        String shown = cut ? body.substring(0, MAX_BODY) : body;
        boolean form = contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        return new Message(headers, form ? SecretQuery.mask(shown) : maskJson(shown), cut ? Boolean.TRUE : null);
    }

    static String header(String name, String value) {
        if (value == null || !SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            return value;
        }
        int space = value.indexOf(' ');
        String scheme = space > 0 && space < 10 ? value.substring(0, space + 1) : "";
        return scheme + cut(value.substring(scheme.length()));
    }

    static String maskJson(String body) {
        Matcher m = JSON_SECRET.matcher(body);
        if (!m.find()) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        do {
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement("\"" + m.group(1) + "\"" + m.group(2) + "\"" + cut(m.group(3)) + "\""));
        } while (m.find());
        return m.appendTail(out).toString();
    }

    private static String cut(String secret) {
        int kept = Math.min(4, secret.length() / 2);
        return secret.substring(0, kept) + "…";
    }
}
