package dev.storeemulator.emulator.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * POSTs with the JDK's HTTP client over HTTP/1.1, redirects not followed, [DECIDED] 5 s to connect and 10 s for the
 * whole answer. Made on first use, so an emulator that never notifies starts no client threads.
 */
public final class HttpSender implements Sender {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private HttpClient client;
    private ExecutorService executor;

    @Override
    public CompletableFuture<Integer> post(URI url, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client().sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }

    private synchronized HttpClient client() {
        if (client == null) {
            executor = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "store-emulator-delivery-http");
                t.setDaemon(true);
                return t;
            });
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(CONNECT_TIMEOUT)
                    .executor(executor)
                    .build();
        }
        return client;
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
