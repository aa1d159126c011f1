package dev.storeemulator.emulator.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What actually arrives on the wire for one request: the bytes, in the pieces they came in, or the failure. */
final class RawHttp {
    record Received(String text, List<Integer> pieces, IOException failure, long millis) {
        int status() {
            return text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : 0;
        }

        String body() {
            int at = text.indexOf("\r\n\r\n");
            return at < 0 ? "" : text.substring(at + 4);
        }

        String header(String name) {
            for (String line : text.split("\r\n")) {
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {}

    static Received get(String baseUrl, String pathAndQuery, int readTimeoutMillis, String... headers) {
        return send(baseUrl, "GET " + pathAndQuery, "", readTimeoutMillis, headers);
    }

    static Received send(String baseUrl, String requestLine, String body, int readTimeoutMillis, String... headers) {
        URI uri = URI.create(baseUrl);
        long start = System.nanoTime();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<Integer> pieces = new ArrayList<>();
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(readTimeoutMillis);
            StringBuilder request = new StringBuilder(requestLine)
                    .append(" HTTP/1.1\r\nHost: localhost\r\n")
                    .append("Connection: close\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0) {
                request.append("Content-Length: ").append(bytes.length).append("\r\n");
            }
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(bytes);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                all.write(buffer, 0, n);
                pieces.add(n);
            }
            return new Received(all.toString(StandardCharsets.UTF_8), pieces, null, millis(start));
        } catch (IOException e) {
            return new Received(all.toString(StandardCharsets.UTF_8), pieces, e, millis(start));
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
