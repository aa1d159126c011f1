package dev.storeemulator.client.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Sends one call under a {@link RetryPolicy}: attempts, waits, the deadline, and what earlier attempts leave open. */
final class RetryLoop<E extends RuntimeException> {
    private final HttpClient client;
    private final RetryPolicy policy;
    private final ErrorMapper<E> errors;
    private final HttpRequest.Builder template;
    private final Duration requestTimeout;
    private final Idempotency kind;
    private final long start;

    private HttpRequest request;
    private HttpResponse<String> response;
    private IOException failure;
    private boolean unknown;

    RetryLoop(
            HttpClient client,
            RetryPolicy policy,
            ErrorMapper<E> errors,
            HttpRequest.Builder template,
            Duration requestTimeout,
            Idempotency kind) {
        this.client = client;
        this.policy = policy;
        this.errors = errors;
        this.template = template;
        this.requestTimeout = requestTimeout;
        this.kind = kind;
        this.start = policy.nanoTime.getAsLong();
    }

    Exchange run() {
        int maxAttempts = policy.attemptsFor(kind);
        for (int attempt = 1; ; attempt++) {
            long left = policy.totalDeadline.toNanos() - elapsed();
            if (attempt > 1 && left <= 0) {
                return giveUp(attempt - 1);
            }
            attemptOnce(Duration.ofNanos(Math.min(requestTimeout.toNanos(), left)), attempt);
            if (response != null && !retryable(response.statusCode())) {
                return new Exchange(response, attempts(attempt));
            }
            Optional<Duration> wait = attempt < maxAttempts ? nextWait(attempt) : Optional.empty();
            if (wait.isEmpty()) {
                return giveUp(attempt);
            }
            unknown |= effectUnknown();
            try {
                policy.sleeper.sleep(wait.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return giveUp(attempt);
            }
        }
    }

    private void attemptOnce(Duration timeout, int attempt) {
        request = template.copy().timeout(timeout).build();
        response = null;
        failure = null;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.noAnswer(request, "interrupted", e, attempts(attempt));
        }
    }

    /** The {@code Retry-After} of a 429 or 503, else the policy's backoff; empty when it ends past the deadline. */
    private Optional<Duration> nextWait(int failures) {
        Duration wait = (response == null ? Optional.<Duration>empty() : RetryAfter.of(response, policy.clock))
                .orElseGet(() -> policy.waitAfter(failures));
        long endsAt = elapsed() + wait.toNanos();
        return endsAt < policy.totalDeadline.toNanos() ? Optional.of(wait) : Optional.empty();
    }

    private Exchange giveUp(int attempts) {
        if (response != null) {
            return new Exchange(response, attempts(attempts));
        }
        String detail = request.method() + " " + request.uri().getRawPath() + " failed: " + failure;
        throw errors.noAnswer(request, detail, failure, attempts(attempts));
    }

    /** A refused or timed-out connect and a 429 or 503 never reached the store's logic; anything else may have. */
    private boolean effectUnknown() {
        if (response != null) {
            return response.statusCode() != 429 && response.statusCode() != 503;
        }
        return !(failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException);
    }

    private Attempts attempts(int count) {
        return new Attempts(count, unknown && kind == Idempotency.NON_IDEMPOTENT);
    }

    private long elapsed() {
        return policy.nanoTime.getAsLong() - start;
    }

    static boolean retryable(int status) {
        return status / 100 == 5 || status == 429;
    }
}
