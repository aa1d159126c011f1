package dev.storeemulator.emulator.core;

import java.nio.charset.StandardCharsets;

/**
 * An error answer written straight to Jetty, outside Javalin: for a request Jetty refuses before any route
 * runs (see {@link ProtocolErrors}).
 */
public record RawAnswer(String contentType, byte[] body) {

    public static RawAnswer json(Object body) {
        return new RawAnswer(Responses.JSON, JsonMappers.json().writeValueAsBytes(body));
    }

    public static RawAnswer html(String page) {
        return new RawAnswer(Responses.HTML, page.getBytes(StandardCharsets.UTF_8));
    }
}
