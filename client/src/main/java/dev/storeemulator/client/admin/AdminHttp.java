package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminRoute;
import dev.storeemulator.admin.api.AdminRoutes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends admin requests built from an {@link AdminRoute} (its method and expanded path template, never
 * a path written here) and turns every failure into an {@link AdminClientException}.
 */
final class AdminHttp {
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String baseUrl;
    private final String token;
    private final Duration timeout;
    private final HttpClient client;

    AdminHttp(String baseUrl, String token, Duration timeout, HttpClient client) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
        this.timeout = timeout;
        this.client = client;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Calls {@code route} with its path values, an optional query (without {@code ?}) and an optional JSON body. */
    JsonNode json(AdminRoute route, String query, Object body, String... pathValues) {
        String text = text(route, query, body, pathValues);
        try {
            JsonNode tree = JSON.readTree(text);
            return tree == null || tree.isMissingNode() ? JSON.createObjectNode() : tree;
        } catch (JacksonException e) {
            throw new AdminClientException(
                    route.method(),
                    route.expand(pathValues),
                    200,
                    null,
                    "the answer is not JSON: " + AdminClientException.snippet(text),
                    java.util.List.of(),
                    e);
        }
    }

    /** Like {@link #json} for answers that are JSON objects. */
    ObjectNode object(AdminRoute route, Object body, String... pathValues) {
        JsonNode tree = json(route, null, body, pathValues);
        if (!tree.isObject()) {
            throw new AdminClientException(
                    route.method(),
                    route.expand(pathValues),
                    200,
                    null,
                    "expected a JSON object, got " + AdminClientException.snippet(tree.toString()),
                    java.util.List.of(),
                    null);
        }
        return (ObjectNode) tree;
    }

    /** The body of a 2xx answer as text; anything else is an {@link AdminClientException}. */
    String text(AdminRoute route, String query, Object body, String... pathValues) {
        String path = route.expand(pathValues);
        URI uri = URI.create(baseUrl + path + (query == null || query.isEmpty() ? "" : "?" + query));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
        if (token != null) {
            request.header(AdminRoutes.TOKEN_HEADER, token);
        }
        request.method(route.method(), publisher(body, request));
        HttpResponse<String> response = send(route, path, request.build());
        if (response.statusCode() / 100 != 2) {
            throw AdminClientException.fromAnswer(route.method(), path, response.statusCode(), response.body());
        }
        return response.body();
    }

    private static HttpRequest.BodyPublisher publisher(Object body, HttpRequest.Builder request) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        if (body instanceof RawBody raw) {
            request.header("Content-Type", raw.contentType());
            return HttpRequest.BodyPublishers.ofString(raw.text());
        }
        request.header("Content-Type", "application/json");
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    private HttpResponse<String> send(AdminRoute route, String path, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw noAnswer(route, path, e);
        } catch (InterruptedException e) {
            throw interrupted(route, path, e);
        }
    }

    private AdminClientException noAnswer(AdminRoute route, String path, Exception e) {
        return new AdminClientException(
                route.method(),
                path,
                AdminClientException.NO_RESPONSE,
                null,
                "no answer from " + baseUrl + " (" + e + ")",
                java.util.List.of(),
                e);
    }

    private static AdminClientException interrupted(AdminRoute route, String path, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new AdminClientException(
                route.method(), path, AdminClientException.NO_RESPONSE, null, "interrupted", java.util.List.of(), e);
    }

    /**
     * Follows {@code route} as server-sent events: the data of every event goes to {@code onData}, on the HTTP
     * client's thread, until the returned handle is closed (or the emulator ends the stream). A refusal (a 4xx) or
     * no answer at all is thrown here, before the first event.
     */
    AutoCloseable events(AdminRoute route, String query, java.util.function.Consumer<String> onData) {
        String path = route.expand();
        URI uri = URI.create(baseUrl + path + (query == null || query.isEmpty() ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (token != null) {
            request.header(AdminRoutes.TOKEN_HEADER, token);
        }
        HttpResponse<java.util.stream.Stream<String>> response;
        try {
            response = client.sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofLines())
                    .get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw noAnswer(route, path, e);
        } catch (InterruptedException e) {
            throw interrupted(route, path, e);
        }
        java.util.stream.Stream<String> lines = response.body();
        if (response.statusCode() / 100 != 2) {
            String body = String.join("\n", lines.toList());
            throw AdminClientException.fromAnswer(route.method(), path, response.statusCode(), body);
        }
        Thread reader = new Thread(
                () -> {
                    try {
                        lines.filter(line -> line.startsWith("data:"))
                                .forEach(line -> onData.accept(line.substring(5).trim()));
                    } catch (RuntimeException closed) {
                        // the handle was closed, or the emulator went away: the stream ends
                    }
                },
                "store-emulator-admin-events");
        reader.setDaemon(true);
        reader.start();
        return lines::close;
    }

    /** A body sent as is (a fixtures document in YAML or JSON). */
    record RawBody(String text, String contentType) {}
}
