package dev.storeemulator.emulator.cafebazaar;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An authorization request (RFC 6749 §4.1.1) as the authorize page receives it: from the GET's query,
 * and for the form's POST from its own query or fields, else the page's session, else the Referer.
 */
record AuthorizeRequest(Map<String, String> fields) {
    static final List<String> NAMES =
            List.of("client_id", "redirect_uri", "response_type", "state", "scope", "access_type");

    String get(String name) {
        return fields.get(name);
    }

    static AuthorizeRequest fromQuery(Context ctx) {
        Map<String, String> fields = new HashMap<>();
        for (String name : NAMES) {
            putIfPresent(fields, name, ctx.queryParam(name));
        }
        return new AuthorizeRequest(fields);
    }

    static AuthorizeRequest forPost(Context ctx, AuthorizeSessions.Session session) {
        if (ctx.queryParam("client_id") != null || ctx.formParam("client_id") != null) {
            Map<String, String> fields = new HashMap<>();
            for (String name : NAMES) {
                String value = ctx.queryParam(name);
                putIfPresent(fields, name, value != null ? value : ctx.formParam(name));
            }
            return new AuthorizeRequest(fields);
        }
        if (session != null) {
            return new AuthorizeRequest(session.request());
        }
        return fromReferer(ctx.header("Referer"));
    }

    /** The Referer's query, as the page's URL carried it; nothing when it is absent or not a URL. */
    static AuthorizeRequest fromReferer(String referer) {
        Map<String, String> fields = new HashMap<>();
        String query = null;
        try {
            query = referer == null ? null : URI.create(referer.trim()).getRawQuery();
        } catch (IllegalArgumentException notAUrl) {
            // no fallback to read
        }
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                if (name != null && NAMES.contains(name) && !fields.containsKey(name)) {
                    putIfPresent(fields, name, decode(eq < 0 ? "" : pair.substring(eq + 1)));
                }
            }
        }
        return new AuthorizeRequest(fields);
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
    }

    private static void putIfPresent(Map<String, String> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
