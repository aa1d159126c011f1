package dev.storeemulator.emulator.admin;

import dev.storeemulator.emulator.core.JsonMappers;
import io.javalin.http.Context;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads admin request bodies; anything but a JSON object is a 400 with a message. */
public final class AdminJson {
    private AdminJson() {}

    public static tools.jackson.databind.node.ObjectNode object(Context ctx) {
        try {
            JsonNode body = JsonMappers.json().readTree(ctx.bodyAsBytes());
            if (body == null || !body.isObject()) {
                throw AdminException.badRequest("The body must be a JSON object.");
            }
            return (tools.jackson.databind.node.ObjectNode) body;
        } catch (JacksonException e) {
            throw AdminException.badRequest("The body is not valid JSON.");
        }
    }
}
