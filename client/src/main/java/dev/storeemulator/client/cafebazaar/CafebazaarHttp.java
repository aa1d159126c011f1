package dev.storeemulator.client.cafebazaar;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends requests and turns answers into records or {@link CafebazaarException}; no Jackson exception escapes. */
final class CafebazaarHttp {
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final int SNIPPET = 200;

    private final HttpClient client;
    private final Duration requestTimeout;

    CafebazaarHttp(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.requestTimeout = requestTimeout;
    }

    Duration connectTimeout() {
        return client.connectTimeout().orElseThrow();
    }

    Duration requestTimeout() {
        return requestTimeout;
    }

    /** Sends with the request timeout and {@code Accept: application/json}; any status is returned. */
    HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(requestTimeout).header("Accept", "application/json").build();
        try {
            return client.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CafebazaarException(CafebazaarException.NO_RESPONSE, null, null,
                    built.method() + " " + built.uri().getPath() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CafebazaarException(CafebazaarException.NO_RESPONSE, null, null, "interrupted", e);
        }
    }

    /** The body of a 2xx answer read as {@code type}; any other answer becomes the exception. */
    <T> T read(HttpResponse<String> response, Class<T> type) {
        requireSuccess(response);
        try {
            return JSON.readValue(response.body(), type);
        } catch (JacksonException e) {
            throw new CafebazaarException(response.statusCode(), null, null,
                    "the body is not a valid " + type.getSimpleName() + ": " + snippet(response.body()), e);
        }
    }

    /** Throws the exception for anything but a 2xx answer. */
    void requireSuccess(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw error(response);
        }
    }

    /** The exception for an error answer; non-JSON bodies give a null {@code error}. */
    CafebazaarException error(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        try {
            JsonNode tree = JSON.readTree(body);
            JsonNode error = tree == null ? null : tree.get("error");
            if (error != null && error.isString()) {
                JsonNode description = tree.get("error_description");
                return new CafebazaarException(status, error.asString(),
                        description != null && description.isString() ? description.asString() : null, null, null);
            }
        } catch (JacksonException e) {
            // Not JSON (an HTML error page, say): reported below with the content type.
        }
        String type = response.headers().firstValue("Content-Type").orElse("no content type");
        return new CafebazaarException(status, null, null, "unexpected body (" + type + "): " + snippet(body), null);
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "<empty>";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET) + "…";
    }
}
