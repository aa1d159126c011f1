package dev.storeemulator.testkit.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** POSTs as the emulator's sender does (JDK client, HTTP/1.1), with generous timeouts. */
final class Posts {
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Posts() {}

    static HttpResponse<String> post(String url, String body, String... headers) {
        return post(url, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static HttpResponse<String> post(String url, byte[] body, String... headers) {
        try {
            return CLIENT.send(request(url, body, headers), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static CompletableFuture<HttpResponse<String>> postAsync(String url, String body) {
        return CLIENT.sendAsync(
                request(url, body.getBytes(StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String url, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }
}
