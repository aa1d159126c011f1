package dev.storeemulator.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A scripted HTTP server on 127.0.0.1 (a free port), for answers a real server never gives and to see exactly what
 * a client sends: every request is recorded, then the script decides the answer. {@link #close()} stops it, once
 * a request still being handled has been answered (the handler runs on the server's one thread).
 */
public final class StubServer implements AutoCloseable {
    /** A request as received: method, raw path and query ({@code null} when none), header names in lower case, body. */
    public record Received(
            String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body) {
        /** The first value of header {@code name} (any case), or {@code null}. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        /** The raw path, then {@code ?} and the raw query if there is one. */
        public String target() {
            return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
        }
    }

    /** What to answer: status, Content-Type, body (empty: no body) and any further headers. */
    public record Answer(int status, String contentType, String body, Map<String, String> headers) {
        public Answer(int status, String contentType, String body) {
            this(status, contentType, body, Map.of());
        }

        public static Answer json(int status, String body) {
            return new Answer(status, "application/json", body);
        }

        /** This answer with header {@code name: value} as well. */
        public Answer withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Answer(status, contentType, body, Map.copyOf(more));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** Each request is answered with what {@code script} makes of it. */
    public StubServer(Function<Received, Answer> script) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            Received request = new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    Map.copyOf(headers),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            Answer answer = script.apply(request);
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** The answers in turn, one a request; the last one repeats. */
    public static StubServer answering(Answer first, Answer... then) {
        List<Answer> answers = new ArrayList<>(List.of(first));
        answers.addAll(List.of(then));
        AtomicInteger next = new AtomicInteger();
        return new StubServer(request -> answers.get(Math.min(next.getAndIncrement(), answers.size() - 1)));
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request so far, in the order they arrived. */
    public List<Received> received() {
        return received;
    }

    /** How many requests had exactly the raw path {@code path}. */
    public long countPath(String path) {
        return received.stream().filter(r -> r.rawPath().equals(path)).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
