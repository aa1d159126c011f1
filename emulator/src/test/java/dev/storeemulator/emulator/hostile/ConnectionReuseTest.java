package dev.storeemulator.emulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.EmulatorTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A connection the emulator will close after an answer says {@code Connection: close} in that answer; one it
 * keeps serves the next request. A client pooling connections (the JDK's, OkHttp, Guzzle) otherwise reuses a
 * connection the server has ended and fails the next call with no answer at all.
 */
class ConnectionReuseTest extends EmulatorTestSupport {
    static final String CONSUME = "/devapi/v2/api/consume/com.example.game/purchases/?access_token=demo-access-token";

    static Stream<Arguments> bodiesThatFail() {
        return Stream.of(
                Arguments.of(
                        "POST", "/devapi/v2/auth/authorize/?client_id=%FF", "multipart/form-data; boundary=zzz", "x"),
                Arguments.of("POST", "/devapi/v2/auth/token/", "multipart/form-data; boundary=zzz", "--zzz\r\nbroken"),
                Arguments.of("POST", "/devapi/v2/auth/token/", "application/x-www-form-urlencoded", "grant_type=%%%"),
                Arguments.of("POST", CONSUME, "application/json", "{\"token\": {\"deep\": [[[[]]]]}}"),
                Arguments.of("POST", CONSUME, "application/x-www-form-urlencoded", "token=%zz"),
                Arguments.of("POST", CONSUME, "application/json; charset=nonsense", "{}"),
                Arguments.of("POST", CONSUME, "application/json", "x".repeat(2_000_000)),
                Arguments.of("POST", "/v7/oauth/token", "multipart/form-data; boundary=zzz", "x"),
                Arguments.of("POST", "/v2/oauth/token", "application/x-www-form-urlencoded", "grant_type=%%%"),
                Arguments.of("PUT", "/__admin/fixtures", "application/yaml", "a: [b"),
                Arguments.of("PATCH", "/devapi/v2/auth/token/", "text/plain", "x"));
    }

    @ParameterizedTest
    @MethodSource("bodiesThatFail")
    void anAnswerEitherSaysTheConnectionClosesOrTheConnectionServesTheNextRequest(
            String method, String target, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + bytes.length + "\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            Wire.Answer first = readOne(in);
            assertThat(first.status()).as(first.toString()).isBetween(400, 499);
            if ("close".equalsIgnoreCase(first.header("Connection"))) {
                return;
            }
            out.write(
                    ("GET /__admin/health HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Wire.Answer next = readOne(in);
            assertThat(next.status())
                    .as("the next request on a connection kept open after " + first)
                    .isEqualTo(200);
        }
    }

    /** Reads one answer: its head, then as many body bytes as its Content-Length says. */
    static Wire.Answer readOne(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return Wire.parse(head.toString(StandardCharsets.ISO_8859_1), null);
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        Wire.Answer parsed = Wire.parse(head.toString(StandardCharsets.ISO_8859_1), null);
        String length = parsed.header("Content-Length");
        byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
        return Wire.parse(head.toString(StandardCharsets.ISO_8859_1) + new String(body, StandardCharsets.UTF_8), null);
    }
}
