package dev.storeemulator.client.http;

import java.net.http.HttpResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Helpers for {@link ErrorMapper}s reading error bodies; nothing here throws a Jackson exception. */
public final class ErrorBodies {
    private static final int SNIPPET = 200;

    private ErrorBodies() {}

    /**
     * The body as a JSON object.
     * @param body the body text, possibly null
     * @return the object, or null when the body is not a JSON object
     */
    public static JsonNode object(String body) {
        try {
            JsonNode tree = body == null ? null : JsonTransport.JSON.readTree(body);
            return tree != null && tree.isObject() ? tree : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * A string field of a JSON object.
     * @param node  the object, possibly null
     * @param field the field name
     * @return the string, or null when {@code node} is null or the field is absent or not a string
     */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    /**
     * The detail for a body that is not the store's error object.
     * @param response the answer
     * @return {@code unexpected body (<content type>): <start of the body>}
     */
    public static String unexpected(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("no content type");
        return "unexpected body (" + type + "): " + snippet(response.body());
    }

    /**
     * The start of a body on one line, for messages.
     * @param body the body, possibly null
     * @return at most 200 characters, or {@code <empty>}
     */
    public static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "<empty>";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET) + "…";
    }
}
