package dev.storeemulator.client.http;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A raw-socket HTTP/1.1 server on 127.0.0.1 playing a script, one step per request (the last step repeats):
 * an answer (always with {@code Connection: close}), or a dropped connection (the request is read, then the
 * socket closed without a byte of answer), either possibly after passing the request on to a real server.
 * Shared by the store clients' retry tests.
 */
public final class WireStub implements AutoCloseable {
    /** A request as received; header names in lower case. */
    public record Request(String method, String target, Map<String, String> headers, String body) {}

    /** What to do with one request. */
    public sealed interface Reply permits Answer, Drop {}

    /** An HTTP answer. */
    public record Answer(int status, Map<String, String> headers, String body) implements Reply {}

    /** Close the connection without answering. */
    public record Drop() implements Reply {}

    /** One step of the script: sees the request, decides the reply. */
    @FunctionalInterface
    public interface Step {
        Reply handle(Request request) throws Exception;
    }

    private static final HttpClient RELAY =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final ServerSocket socket;
    private final List<Step> steps;
    private final List<Request> received = new CopyOnWriteArrayList<>();

    public WireStub(Step... steps) {
        this.steps = List.of(steps);
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread server = new Thread(this::serve, "wire-stub");
        server.setDaemon(true);
        server.start();
    }

    public static Step answer(int status, String body, String... headerPairs) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], headerPairs[i + 1]);
        }
        Answer answer = new Answer(status, headers, body);
        return request -> answer;
    }

    public static Step drop() {
        return request -> new Drop();
    }

    /** Passes the request on to a real server (the emulator) and relays its answer. */
    public static Step forwardTo(String target) {
        return request -> relay(target, request);
    }

    /** Passes the request on, so the server acts on it, then loses the answer: the connection is closed unanswered. */
    public static Step forwardThenDrop(String target) {
        return request -> {
            relay(target, request);
            return new Drop();
        };
    }

    /** Passes the request on, so the server acts on it, then answers {@code status} instead, like a failing gateway. */
    public static Step forwardThenAnswer(String target, int status) {
        return request -> {
            relay(target, request);
            return new Answer(status, Map.of("Content-Type", "text/html"), "<html>Bad gateway</html>");
        };
    }

    private static Answer relay(String target, Request request) throws IOException, InterruptedException {
        HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(target + request.target()))
                .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach((name, value) -> {
            if (!Set.of("host", "connection", "content-length", "expect", "upgrade")
                    .contains(name)) {
                out.header(name, value);
            }
        });
        HttpResponse<String> in = RELAY.send(out.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> headers = new LinkedHashMap<>();
        in.headers().firstValue("Content-Type").ifPresent(type -> headers.put("Content-Type", type));
        return new Answer(in.statusCode(), headers, in.body());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    public List<Request> received() {
        return received;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                Request request = read(connection.getInputStream());
                int index = received.size();
                received.add(request);
                Reply reply = steps.get(Math.min(index, steps.size() - 1)).handle(request);
                if (reply instanceof Answer answer) {
                    write(connection.getOutputStream(), answer);
                }
            } catch (Exception e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private static Request read(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        String[] requestLine = line(in).split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        return new Request(requestLine[0], requestLine[1], headers, body);
    }

    private static String line(InputStream in) throws IOException {
        List<Byte> bytes = new ArrayList<>();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                bytes.add((byte) b);
            }
        }
        byte[] array = new byte[bytes.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = bytes.get(i);
        }
        return new String(array, StandardCharsets.ISO_8859_1);
    }

    private static void write(OutputStream out, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 " + answer.status() + " X\r\n");
        answer.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
