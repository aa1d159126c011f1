package dev.storeemulator.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Waits until {@code GET http://127.0.0.1:<port>/__admin/health} answers 200, for a container in the host's
 * network: it has no mapped ports, so Testcontainers' {@code Wait.forHttp(...)} cannot be used. Gives up at the
 * startup timeout, or as soon as the container has stopped (the emulator exits when it cannot bind its port).
 */
final class LoopbackHealthWaitStrategy extends AbstractWaitStrategy {
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(2);
    private static final long PAUSE_MILLIS = 200;

    private final IntSupplier port;
    private final String path;

    LoopbackHealthWaitStrategy(IntSupplier port, String path) {
        this.port = port;
        this.path = path;
    }

    @Override
    protected void waitUntilReady() {
        URI health = URI.create("http://127.0.0.1:" + port.getAsInt() + path);
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(ATTEMPT_TIMEOUT).build();
        HttpRequest request =
                HttpRequest.newBuilder(health).timeout(ATTEMPT_TIMEOUT).build();
        long deadline = System.nanoTime() + startupTimeout.toNanos();
        String last = "no answer yet";
        for (int attempt = 1; System.nanoTime() < deadline; attempt++) {
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200) {
                    return;
                }
                last = "status " + status;
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ContainerLaunchException("Interrupted while waiting for " + health, e);
            }
            if (attempt % 5 == 0 && !waitStrategyTarget.isRunning()) {
                throw new ContainerLaunchException("The container stopped before " + health + " answered 200 (" + last
                        + "); its log:\n" + waitStrategyTarget.getLogs());
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ContainerLaunchException("Interrupted while waiting for " + health, e);
            }
        }
        throw new ContainerLaunchException(
                "Timed out after " + startupTimeout + " waiting for " + health + " to answer 200 (" + last + ")");
    }
}
