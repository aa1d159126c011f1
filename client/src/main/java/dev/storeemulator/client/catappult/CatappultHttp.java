package dev.storeemulator.client.catappult;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends requests and turns answers into records or {@link CatappultException}; no Jackson exception escapes. */
final class CatappultHttp {
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final int SNIPPET = 200;

    private final HttpClient client;
    private final Duration requestTimeout;

    CatappultHttp(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.requestTimeout = requestTimeout;
    }

    /** Sends with the request timeout and {@code Accept: application/json}; any status is returned. */
    HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(requestTimeout).header("Accept", "application/json").build();
        try {
            return client.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CatappultException(CatappultException.NO_RESPONSE, null, built.uri().getRawPath(), null,
                    built.method() + " " + built.uri().getRawPath() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatappultException(CatappultException.NO_RESPONSE, null, built.uri().getRawPath(), null,
                    "interrupted", e);
        }
    }

    /**
     * The body of a 200 answer read as {@code type}; with {@code wrapped}, the object under {@code resource}.
     * Any other status becomes the exception.
     */
    <T> T read(HttpResponse<String> response, Class<T> type, boolean wrapped) {
        expect(response, 200);
        try {
            JsonNode node = JSON.readTree(response.body());
            if (wrapped) {
                node = node == null ? null : node.get("resource");
            }
            if (node == null || !node.isObject()) {
                throw invalid(response, type, null);
            }
            return JSON.treeToValue(node, type);
        } catch (JacksonException e) {
            throw invalid(response, type, e);
        }
    }

    /** Throws the exception unless the answer has status {@code expected}. */
    void expect(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw error(response);
        }
    }

    /** The exception for an error answer; non-JSON bodies give a null {@code code}. */
    CatappultException error(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        try {
            JsonNode tree = JSON.readTree(body);
            JsonNode code = tree == null ? null : tree.get("code");
            if (code != null && code.isString()) {
                return new CatappultException(status, code.asString(), string(tree, "path"), string(tree, "text"),
                        null, null);
            }
        } catch (JacksonException e) {
            // Not JSON (an HTML error page, say): reported below with the content type.
        }
        String type = response.headers().firstValue("Content-Type").orElse("no content type");
        return new CatappultException(status, null, response.uri().getRawPath(), null,
                "unexpected body (" + type + "): " + snippet(body), null);
    }

    private static String string(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static CatappultException invalid(HttpResponse<String> response, Class<?> type, Throwable cause) {
        return new CatappultException(response.statusCode(), null, response.uri().getRawPath(), null,
                "the body is not a valid " + type.getSimpleName() + ": " + snippet(response.body()), cause);
    }

    private static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "<empty>";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET) + "…";
    }
}
