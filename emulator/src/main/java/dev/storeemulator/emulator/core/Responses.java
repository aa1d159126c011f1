package dev.storeemulator.emulator.core;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * Writes bodies exactly: JSON through the shared mapper, HTML as given (UTF-8, as its content type says). The
 * body is an {@link AnswerBody}, which the server writes straight to the response.
 */
public final class Responses {
    public static final String JSON = "application/json";
    public static final String HTML = "text/html; charset=utf-8";

    private Responses() {}

    public static void json(Context ctx, int status, Object body) {
        ctx.status(status)
                .contentType(JSON)
                .result(new AnswerBody(JsonMappers.json().writeValueAsBytes(body)));
    }

    public static void html(Context ctx, int status, String page) {
        ctx.status(status).contentType(HTML).result(new AnswerBody(page.getBytes(StandardCharsets.UTF_8)));
    }
}
