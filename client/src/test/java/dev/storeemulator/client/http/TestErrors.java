package dev.storeemulator.client.http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A minimal store: every failure is a {@link Failure}; 409 is its "already done". */
final class TestErrors implements ErrorMapper<TestErrors.Failure> {
    static final class Failure extends RuntimeException {
        final int status;
        final Attempts attempts;

        Failure(int status, String message, Throwable cause, Attempts attempts) {
            super(message + attempts.describe(attempts.possiblyDuplicate(status == 409)), cause);
            this.status = status;
            this.attempts = attempts;
        }
    }

    @Override
    public Failure answer(HttpResponse<String> response, Attempts attempts) {
        return new Failure(response.statusCode(), "HTTP " + response.statusCode(), null, attempts);
    }

    @Override
    public Failure noAnswer(HttpRequest request, String detail, Exception cause, Attempts attempts) {
        return new Failure(0, detail, cause, attempts);
    }

    @Override
    public Failure invalidBody(HttpResponse<String> response, String detail, Throwable cause) {
        return new Failure(response.statusCode(), detail, cause, Attempts.ONE);
    }
}
