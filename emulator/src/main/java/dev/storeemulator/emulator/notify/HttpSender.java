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
        HttpClient c = client();
        return c.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .exceptionallyCompose(e -> closedBeforeAnswer(e)
                        ? c.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                        : CompletableFuture.failedFuture(e))
                .thenApply(HttpResponse::statusCode);
    }

    /**
     * The JDK client may send on a kept-alive connection the receiver has just closed, and then sees no answer at all
     * ("header parser received no bytes"): nothing reached the receiver, so the POST is made once more at once
     * instead of counting as an attempt.
     */
    static boolean closedBeforeAnswer(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.EOFException
                    || (t instanceof java.io.IOException
                            && t.getMessage() != null
                            && t.getMessage().contains("received no bytes"))) {
                return true;
            }
        }
        return false;
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
