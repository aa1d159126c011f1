package dev.storeemulator.client.onestore;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends requests and turns answers into records or {@link OneStoreException}; no Jackson exception escapes. */
final class OneStoreHttp {
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final int SNIPPET = 200;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final Map<String, String> headers;

    OneStoreHttp(Duration connectTimeout, Duration requestTimeout, Map<String, String> headers) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.requestTimeout = requestTimeout;
        this.headers = Map.copyOf(headers);
    }

    Duration connectTimeout() {
        return client.connectTimeout().orElseThrow();
    }

    Duration requestTimeout() {
        return requestTimeout;
    }

    /** Sends with the timeout, {@code Accept: application/json} and the extra headers; any status is returned. */
    HttpResponse<String> send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        HttpRequest built = request.timeout(requestTimeout).header("Accept", "application/json").build();
        try {
            return client.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OneStoreException(OneStoreException.NO_RESPONSE, null, null,
                    built.method() + " " + built.uri().getPath() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OneStoreException(OneStoreException.NO_RESPONSE, null, null, "interrupted", e);
        }
    }

    /** The body of a 2xx answer read as {@code type}; any other answer becomes the exception. */
    <T> T read(HttpResponse<String> response, Class<T> type) {
        requireSuccess(response);
        try {
            T value = JSON.readValue(response.body(), type);
            if (value == null) {
                throw new OneStoreException(response.statusCode(), null, null, "empty body for " + type.getSimpleName(), null);
            }
            return value;
        } catch (JacksonException e) {
            throw new OneStoreException(response.statusCode(), null, null,
                    "the body is not a valid " + type.getSimpleName() + ": " + snippet(response.body()), e);
        }
    }

    /** Throws the exception for anything but a 2xx answer. */
    void requireSuccess(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw error(response);
        }
    }

    /** The exception for an error answer; bodies other than {@code {"error":{"code",…}}} give a null code. */
    OneStoreException error(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        try {
            JsonNode tree = JSON.readTree(body);
            JsonNode error = tree == null ? null : tree.get("error");
            JsonNode code = error == null ? null : error.get("code");
            if (code != null && code.isString()) {
                JsonNode message = error.get("message");
                return new OneStoreException(status, code.asString(),
                        message != null && message.isString() ? message.asString() : null, null, null);
            }
        } catch (JacksonException e) {
            // Not JSON (the front server's HTML 404, say): reported below with the content type.
        }
        String type = response.headers().firstValue("Content-Type").orElse("no content type");
        return new OneStoreException(status, null, null, "unexpected body (" + type + "): " + snippet(body), null);
    }

    private static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "<empty>";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET) + "…";
    }
}
