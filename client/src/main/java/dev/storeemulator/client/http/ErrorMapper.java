package dev.storeemulator.client.http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Turns failures into one store's exception type, so that {@link JsonTransport} can serve every store.
 *
 * @param <E> the store's exception
 */
public interface ErrorMapper<E extends RuntimeException> {
    /**
     * The exception for an answer that is not the expected one. When {@link Attempts#earlierMayHaveTakenEffect()}
     * holds and the answer is the store's "already done" refusal, the exception should say it is possibly a duplicate.
     * @param response the answer
     * @param attempts the attempts the call made
     * @return the exception
     */
    E answer(HttpResponse<String> response, Attempts attempts);

    /**
     * The exception when no answer was received (I/O failure, timeout, interruption).
     * @param request  the request of the last attempt
     * @param detail   what happened
     * @param cause    the {@link java.io.IOException} or {@link InterruptedException}
     * @param attempts the attempts the call made
     * @return the exception
     */
    E noAnswer(HttpRequest request, String detail, Exception cause, Attempts attempts);

    /**
     * The exception for an expected status whose body is not what the API documents.
     * @param response the answer
     * @param detail   what is wrong
     * @param cause    the parse failure, or null
     * @return the exception
     */
    E invalidBody(HttpResponse<String> response, String detail, Throwable cause);
}
