package dev.storeemulator.emulator.server;

import dev.storeemulator.emulator.core.*;
import io.javalin.http.Context;
import java.util.List;

/** Paths no store owns: a plain HTML 404, as a web front would answer. */
final class UnknownPaths implements StoreModule {
    private final String page;

    /** @param stores the stores served, whose prefixes the page lists */
    UnknownPaths(List<StoreModule> stores) {
        String prefixes = stores.stream()
                .filter(s -> !s.pathPrefixes().isEmpty())
                .map(s -> s.displayName() + ": "
                        + String.join(
                                ", ",
                                s.pathPrefixes().stream()
                                        .map(p -> "<code>" + Html.escape(p) + "</code>")
                                        .toList()))
                .collect(java.util.stream.Collectors.joining(", "));
        this.page = """
                <!doctype html>
                <html lang="en">
                <head>
                  <title>Not Found</title>
                </head>
                <body>
                  <h1>Not Found</h1>
                  <p>No emulated store serves this path. Store APIs live under their real prefixes
                     (%s); the emulator's own API is under <code>/__admin/</code>.</p>
                </body>
                </html>
                """.formatted(prefixes);
    }

    @Override
    public String name() {
        return "none";
    }

    @Override
    public boolean owns(String path) {
        return true;
    }

    @Override
    public List<StoreRoute> routes() {
        return List.of();
    }

    @Override
    public void renderException(Context ctx, Exception e) {
        Responses.html(ctx, 400, "<!doctype html>\n<title>Bad Request</title>\n<h1>Bad Request</h1>\n");
    }

    @Override
    public RawAnswer protocolError(int status, String path, String message) {
        return RawAnswer.html(refusal(status, message));
    }

    @Override
    public void renderLimit(Context ctx, int status, String message) {
        Responses.html(ctx, status, refusal(status, message));
    }

    @Override
    public void renderFault(Context ctx, int status, String message) {
        renderNoRoute(ctx);
    }

    @Override
    public void renderNoRoute(Context ctx) {
        Responses.html(ctx, 404, page);
    }

    @Override
    public void renderMethodNotAllowed(Context ctx, List<String> allowedMethods) {
        renderNoRoute(ctx);
    }

    private static String refusal(int status, String message) {
        String title = switch (status) {
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            default -> "Bad Request";
        };
        return "<!doctype html>\n<title>" + title + "</title>\n<h1>" + title + "</h1>\n<p>" + Html.escape(message)
                + "</p>\n";
    }
}
