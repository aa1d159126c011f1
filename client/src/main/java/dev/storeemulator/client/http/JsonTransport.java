package dev.storeemulator.client.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side shared by the store clients: sends with a timeout and fixed headers under a
 * {@link RetryPolicy}, and reads JSON; every failure becomes the store's exception through its
 * {@link ErrorMapper}, so no I/O or Jackson exception escapes. Used by the clients of this library; its
 * signature may change between versions. Thread-safe.
 *
 * @param <E> the store's exception
 */
public final class JsonTransport<E extends RuntimeException> {
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final HttpClient client;
    private final Duration requestTimeout;
    private final Map<String, String> headers;
    private final RetryPolicy policy;
    private final ErrorMapper<E> errors;

    /**
     * Creates a transport with its own HTTP/1.1 client that never follows redirects.
     * @param connectTimeout the connect timeout
     * @param requestTimeout the timeout of each attempt (cut to the time the deadline leaves)
     * @param headers        sent with every request
     * @param policy         the retry policy
     * @param errors         the store's exception factory
     */
    public JsonTransport(
            Duration connectTimeout,
            Duration requestTimeout,
            Map<String, String> headers,
            RetryPolicy policy,
            ErrorMapper<E> errors) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.headers = Map.copyOf(headers);
        this.policy = Objects.requireNonNull(policy, "policy");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** @return the connect timeout */
    public Duration connectTimeout() {
        return client.connectTimeout().orElseThrow();
    }

    /** @return the timeout of each attempt */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** @return the retry policy */
    public RetryPolicy retryPolicy() {
        return policy;
    }

    /**
     * Sends {@code request} with the fixed headers and {@code Accept: application/json}, retrying as the
     * policy allows for a call of this kind.
     * @param request the request, without timeout
     * @param kind    whether repeating the call is harmless
     * @return the final answer, any status (a retryable one when the retries ran out)
     * @throws RuntimeException the store's exception when no answer was received
     */
    public Exchange send(HttpRequest.Builder request, Idempotency kind) {
        headers.forEach(request::header);
        request.header("Accept", "application/json");
        return new RetryLoop<>(client, policy, errors, request, requestTimeout, kind).run();
    }

    /**
     * The answer when it is a 2xx.
     * @param exchange the call's outcome
     * @return its answer
     * @throws RuntimeException the store's exception for any other status
     */
    public HttpResponse<String> requireSuccess(Exchange exchange) {
        if (exchange.status() / 100 != 2) {
            throw error(exchange);
        }
        return exchange.response();
    }

    /**
     * The answer when its status is exactly {@code expected}.
     * @param exchange the call's outcome
     * @param expected the status the API documents
     * @return its answer
     * @throws RuntimeException the store's exception for any other status
     */
    public HttpResponse<String> expect(Exchange exchange, int expected) {
        if (exchange.status() != expected) {
            throw error(exchange);
        }
        return exchange.response();
    }

    /**
     * The store's exception for an answer.
     * @param exchange the call's outcome
     * @return the exception, not thrown
     */
    public E error(Exchange exchange) {
        return errors.answer(exchange.response(), exchange.attempts());
    }

    /**
     * The body of a 2xx answer read as {@code type}.
     * @param exchange the call's outcome
     * @param type     the record the body is a JSON object of
     * @param <T>      the type
     * @return the value
     * @throws RuntimeException the store's exception for another status or an invalid body
     */
    public <T> T read(Exchange exchange, Class<T> type) {
        return read(requireSuccess(exchange), type, null);
    }

    /**
     * The body of an answer read as {@code type}.
     * @param response the answer, its status already checked
     * @param type     the record the body is a JSON object of
     * @param <T>      the type
     * @return the value
     * @throws RuntimeException the store's exception for an invalid body
     */
    public <T> T read(HttpResponse<String> response, Class<T> type) {
        return read(response, type, null);
    }

    /**
     * The body of an answer read as {@code type}, optionally from under a wrapper field.
     * @param response the answer, its status already checked
     * @param type     the record
     * @param wrapper  the field holding the object, or null when the body is the object
     * @param <T>      the type
     * @return the value
     * @throws RuntimeException the store's exception for an invalid body
     */
    public <T> T read(HttpResponse<String> response, Class<T> type, String wrapper) {
        try {
            JsonNode node = ErrorBodies.object(response.body());
            if (wrapper != null && node != null) {
                node = node.get(wrapper);
            }
            if (node == null || !node.isObject()) {
                throw invalid(response, type, null);
            }
            return JSON.treeToValue(node, type);
        } catch (JacksonException e) {
            throw invalid(response, type, e);
        }
    }

    /**
     * Writes a value as JSON.
     * @param value a map or record
     * @return the JSON text
     */
    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private E invalid(HttpResponse<String> response, Class<?> type, Throwable cause) {
        return errors.invalidBody(
                response,
                "the body is not a valid " + type.getSimpleName() + ": " + ErrorBodies.snippet(response.body()),
                cause);
    }
}
