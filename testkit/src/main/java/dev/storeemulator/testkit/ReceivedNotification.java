package dev.storeemulator.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One request a {@link NotificationSink} received, as it arrived, and the status the sink answered it with.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the path as sent (not decoded), e.g. {@code /notifications}
 * @param query the query as sent (not decoded), without the {@code ?}; empty when there is none
 * @param headers the request headers; the map is unmodifiable and its keys are case-insensitive
 *     ({@code headers().get("content-type")} finds {@code Content-Type})
 * @param body the body's bytes exactly as received (a copy; see {@link NotificationSink#MAX_BODY_BYTES})
 * @param receivedAt when the request arrived (the wall clock of the test's JVM)
 * @param status the status the sink answered: 200 unless a control said otherwise, 503 for a refused one
 */
public record ReceivedNotification(
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        byte[] body,
        Instant receivedAt,
        int status) {

    /**
     * Makes a record; copies the headers into an unmodifiable case-insensitive map and the body.
     *
     * @throws NullPointerException if any argument is {@code null}
     */
    public ReceivedNotification {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(receivedAt, "receivedAt");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), ReceivedNotification::concat));
        headers = Collections.unmodifiableMap(copy);
        body = body.clone();
    }

    /**
     * The body's bytes exactly as received.
     *
     * @return a copy of the body, empty when the request had none
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * The body decoded as UTF-8 (malformed bytes become U+FFFD).
     *
     * @return the body as text
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The first value of a header.
     *
     * @param name the header's name, in any case
     * @return its first value, or empty when the request did not carry it
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Whether the sink accepted this request, that is answered it with a 2xx status. A sender that gave up
     * before the answer came (a {@link NotificationSink#delayNext delay} beyond its timeout) did not see it.
     *
     * @return {@code true} for a 2xx status
     */
    public boolean accepted() {
        return status >= 200 && status < 300;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceivedNotification r
                && method.equals(r.method)
                && path.equals(r.path)
                && query.equals(r.query)
                && headers.equals(r.headers)
                && Arrays.equals(body, r.body)
                && receivedAt.equals(r.receivedAt)
                && status == r.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, query, headers, Arrays.hashCode(body), receivedAt, status);
    }

    /**
     * A one-line summary: method, path and query, status, time and the start of the body.
     *
     * @return e.g. {@code POST /notifications -> 200 at 2026-01-01T00:00:00Z, 42 bytes: {"event":"PURCHASED"}}
     */
    @Override
    public String toString() {
        String text = bodyText().replaceAll("\\s+", " ");
        String start = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status + " at " + receivedAt + ", "
                + body.length + " bytes" + (start.isEmpty() ? "" : ": " + start);
    }

    /** The body's length, without copying it. */
    int bodySize() {
        return body.length;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
