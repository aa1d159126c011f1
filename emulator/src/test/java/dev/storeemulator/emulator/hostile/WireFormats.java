package dev.storeemulator.emulator.hostile;

import java.util.Iterator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Which error format an answer is in, judged from the wire: each store's own, the control plane's, or neither. */
final class WireFormats {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WireFormats() {}

    /** The owner of a raw request target, by the stores' path prefixes (as the emulator routes errors). */
    static String owner(String target) {
        String path = target.split("[?#]", 2)[0];
        if (path.startsWith("/devapi/")) {
            return "cafebazaar";
        }
        if (path.startsWith("/v2/") || path.startsWith("/v7/")) {
            return "onestore";
        }
        if (path.matches("/(product|productv2|broker)(/.*)?")) {
            return "catappult";
        }
        if (path.equals("/__admin") || path.startsWith("/__admin/")) {
            return "admin";
        }
        if (path.startsWith("/teststore/")) {
            return "teststore"; // the test-only fourth store (teststore.TestStore)
        }
        return "none";
    }

    /** Whether an error answer (4xx/5xx) is in {@code owner}'s own error format. */
    static boolean isOwnError(String owner, Wire.Answer a) {
        JsonNode json = a.contentType().startsWith("application/json") ? parse(a.body()) : null;
        boolean html = a.contentType().startsWith("text/html");
        return switch (owner) {
            case "cafebazaar" ->
                json != null
                        ? fields(json, "error", "error_description")
                        : html
                                && (a.status() == 404
                                                && a.body()
                                                        .contains(
                                                                "The requested resource was not found on this server.")
                                        || a.body()
                                                .contains("Cafebazaar Developer API</title>")); // the OAuth authorize
            // page's own errors
            case "onestore" ->
                json != null
                        ? fields(json, "error") && fields(json.get("error"), "code", "message")
                        : html && a.status() == 404 && a.body().contains("<h1>404 Not Found</h1>");
            case "catappult" -> json != null && fields(json, "code", "path", "text", "data");
            case "teststore" -> json != null && fields(json, "problem", "detail");
            case "admin" ->
                json != null
                        && json.has("error")
                        && json.has("message")
                        && json.get("error").isString();
            default ->
                html
                        && (a.body().contains("No emulated store serves this path")
                                || a.body().startsWith("<!doctype html>\n<title>"));
        };
    }

    /** Javalin's or Jetty's own error body, which must never reach a client. */
    static boolean isFrameworkError(Wire.Answer a) {
        String body = a.body();
        JsonNode json = a.contentType().startsWith("application/json") ? parse(body) : null;
        return body.contains("<h2>HTTP ERROR")
                || body.contains("Powered by Jetty")
                || (json != null && json.has("title") && json.has("status"));
    }

    private static boolean fields(JsonNode node, String... names) {
        if (node == null || !node.isObject() || node.size() != names.length) {
            return false;
        }
        Iterator<String> it = node.propertyNames().iterator();
        List<String> expected = List.of(names);
        while (it.hasNext()) {
            if (!expected.contains(it.next())) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
