package dev.storeemulator.emulator.admin;

import dev.storeemulator.emulator.core.JsonMappers;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Terse JSON tree building for the OpenAPI document. */
final class OpenApiJson {
    static final String SCHEMAS = "#/components/schemas/";

    private OpenApiJson() {}

    /** An object from alternating names and values (JSON nodes, strings, numbers, booleans or lists). */
    static ObjectNode obj(Object... namesAndValues) {
        ObjectNode o = JsonMappers.json().createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            o.set((String) namesAndValues[i], node(namesAndValues[i + 1]));
        }
        return o;
    }

    static JsonNode node(Object value) {
        if (value instanceof JsonNode n) {
            return n;
        }
        if (value instanceof List<?> list) {
            ArrayNode a = JsonMappers.json().createArrayNode();
            list.forEach(v -> a.add(node(v)));
            return a;
        }
        return JsonMappers.json().valueToTree(value);
    }

    static ObjectNode ref(String pointer) {
        return obj("$ref", pointer);
    }

    /** A reference to the component schema {@code name}. */
    static ObjectNode schema(String name) {
        return ref(SCHEMAS + escape(name));
    }

    static ObjectNode type(String type) {
        return obj("type", type);
    }

    static ObjectNode arrayOf(JsonNode items) {
        return obj("type", "array", "items", items);
    }

    /** An object schema; the names in {@code required} must be present, other properties may be. */
    static ObjectNode object(List<String> required, Object... properties) {
        ObjectNode o = obj("type", "object", "properties", obj(properties));
        if (!required.isEmpty()) {
            o.set("required", node(required));
        }
        return o;
    }

    /** Escapes one JSON pointer token (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
