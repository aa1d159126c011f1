package dev.storeemulator.emulator.notify;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** How a delivery is POSTed: the receiver's status, or a failure (refused, timed out, reset). */
public interface Sender extends AutoCloseable {
    /** POSTs {@code body}; completes with the status, or exceptionally when no answer came. */
    CompletableFuture<Integer> post(URI url, String contentType, byte[] body);

    @Override
    default void close() {}

    /** A failure as an attempt records it. */
    static String describe(Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (e instanceof HttpTimeoutException) {
            return "timed out: " + e.getMessage();
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
