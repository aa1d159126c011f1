package dev.storeemulator.client.cafebazaar;

import dev.storeemulator.client.http.Attempts;
import dev.storeemulator.client.http.ErrorBodies;
import dev.storeemulator.client.http.ErrorMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** Cafebazaar's error answers ({@code {"error", "error_description"}}) and failures as {@link CafebazaarException}s. */
final class CafebazaarErrors implements ErrorMapper<CafebazaarException> {
    @Override
    public CafebazaarException answer(HttpResponse<String> response, Attempts attempts) {
        JsonNode body = ErrorBodies.object(response.body());
        String error = ErrorBodies.text(body, "error");
        if (error == null) {
            return new CafebazaarException(
                    response.statusCode(), null, null, ErrorBodies.unexpected(response), null, attempts);
        }
        return new CafebazaarException(
                response.statusCode(), error, ErrorBodies.text(body, "error_description"), null, null, attempts);
    }

    @Override
    public CafebazaarException noAnswer(HttpRequest request, String detail, Exception cause, Attempts attempts) {
        return new CafebazaarException(CafebazaarException.NO_RESPONSE, null, null, detail, cause, attempts);
    }

    @Override
    public CafebazaarException invalidBody(HttpResponse<String> response, String detail, Throwable cause) {
        return new CafebazaarException(response.statusCode(), null, null, detail, cause);
    }
}
