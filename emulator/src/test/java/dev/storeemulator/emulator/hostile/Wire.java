package dev.storeemulator.emulator.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A raw-socket HTTP/1.1 client: the bytes go out exactly as given, nothing normalised on the way. */
final class Wire {
    /** What came back: the status (0 when the connection closed without an answer), the head and the body. */
    record Answer(int status, String head, String body, IOException failure) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }

        String contentType() {
            String type = header("Content-Type");
            return type == null ? "" : type;
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private Wire() {}

    static Answer send(int port, String request) {
        return send(port, request.getBytes(StandardCharsets.ISO_8859_1), new byte[0], 5000);
    }

    /** Sends {@code head} then {@code body}, reads until the server closes (or {@code timeoutMillis} of silence). */
    static Answer send(int port, byte[] head, byte[] body, int timeoutMillis) {
        return send(javax.net.SocketFactory.getDefault(), port, head, body, timeoutMillis);
    }

    /** The same over the sockets {@code sockets} makes: an {@code SSLSocketFactory} sends it over TLS. */
    static Answer send(javax.net.SocketFactory sockets, int port, byte[] head, byte[] body, int timeoutMillis) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        IOException failure = null;
        try (Socket socket = sockets.createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            try {
                out.write(body);
                out.flush();
            } catch (IOException e) {
                failure = e; // the server may answer and close before reading a body it refuses
            }
            read(socket.getInputStream(), all);
        } catch (IOException e) {
            failure = e;
        }
        return parse(all.toString(StandardCharsets.UTF_8), failure);
    }

    static void read(InputStream in, ByteArrayOutputStream into) throws IOException {
        byte[] buffer = new byte[16384];
        int n;
        try {
            while ((n = in.read(buffer)) >= 0) {
                into.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            if (into.size() == 0) {
                throw e; // a reset after the answer arrived (body left unread) is not a failure
            }
        }
    }

    static Answer parse(String text, IOException failure) {
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        int status = text.startsWith("HTTP/1.1 ") && text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : 0;
        return new Answer(status, head, body, failure);
    }
}
