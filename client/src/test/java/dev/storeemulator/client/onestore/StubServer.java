package dev.storeemulator.client.onestore;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A scripted HTTP server for answers the emulator never gives, and to see exactly what the client sends. */
final class StubServer implements AutoCloseable {
    /** A request as received: method, raw path, raw query, Authorization header and body. */
    record Received(String method, String rawPath, String rawQuery, String authorization, String body) {}

    /** What to answer. */
    record Answer(int status, String contentType, String body) {
        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body);
        }
    }

    static final String TOKEN_BODY = "{\"status\":\"SUCCESS\",\"client_id\":\"com.example.game\",\"access_token\":\"tok\","
            + "\"token_type\":\"bearer\",\"expires_in\":3600,\"scope\":\"DEFAULT\",\"extra\":1}";

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    StubServer(Function<Received, Answer> script) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            Answer answer = script.apply(request);
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
