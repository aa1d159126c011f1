package dev.storeemulator.emulator.core;

import io.javalin.http.Context;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The purchase token a call carries in its body ({@code token} of a JSON or form POST), so fault rules can match on it. */
public final class BodyToken {
    private BodyToken() {}

    /** The body's {@code token}, or null when the call is no POST or carries none. */
    public static String peek(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !"POST".equals(ctx.method().name())) {
            return null;
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return ctx.formParam("token");
        }
        if (!type.startsWith("application/json")) {
            return null;
        }
        try {
            JsonNode body = JsonMappers.json().readTree(ctx.bodyAsBytes());
            JsonNode token = body == null ? null : body.get("token");
            return token != null && token.isString() ? token.asString() : null;
        } catch (JacksonException e) {
            return null;
        }
    }
}
