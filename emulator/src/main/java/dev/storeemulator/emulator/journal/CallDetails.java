package dev.storeemulator.emulator.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
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

    /** Reads a served call (from the request logger, once the answer is written); null if it cannot. Never throws. */
    static CallDetails of(Context ctx) {
        try {
            return read(ctx);
        } catch (RuntimeException e) {
            return null; // a request too broken to describe (its entry still says what happened)
        }
    }

    private static CallDetails read(Context ctx) {
        Map<String, String> in = new LinkedHashMap<>();
        for (java.util.Enumeration<String> names = ctx.req().getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            in.put(name, header(name, ctx.req().getHeader(name)));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : ctx.res().getHeaderNames()) {
            out.put(name, header(name, ctx.res().getHeader(name)));
        }
        String contentType = ctx.header("Content-Type"); // the raw header: the servlet's parses the charset
        return new CallDetails(message(in, requestBody(ctx), contentType), message(out, responseBody(ctx), null));
    }

    private static Message message(Map<String, String> headers, String body, String contentType) {
        if (body == null || body.isEmpty()) {
            return new Message(headers, null, null);
        }
        boolean cut = body.length() > MAX_BODY;
        String shown = cut ? body.substring(0, MAX_BODY) : body;
        boolean form = contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        return new Message(headers, form ? SecretQuery.mask(shown) : maskJson(shown), cut ? Boolean.TRUE : null);
    }

    /**
     * The body as the handler read it (Javalin keeps it once read), and only then: reading a body the handler left
     * (broken, stalled, oversized) would wait on the client or fail, so an unfinished one is left alone.
     */
    private static String requestBody(Context ctx) {
        if (ctx.req().getContentLengthLong() <= 0 && ctx.header("Transfer-Encoding") == null) {
            return null;
        }
        try {
            return ctx.req().getInputStream().isFinished() ? ctx.body() : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null; // read as a reader, or gone: the entry still says what else happened
        }
    }

    private static String responseBody(Context ctx) {
        try {
            return ctx.result();
        } catch (RuntimeException e) {
            return null;
        }
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
