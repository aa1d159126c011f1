package dev.storeemulator.client.catappult;

import dev.storeemulator.client.http.Attempts;
import dev.storeemulator.client.http.ErrorBodies;
import dev.storeemulator.client.http.ErrorMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** Catappult's error answers ({@code {"code", "path", "text", "data"}}) and failures as {@link CatappultException}s. */
final class CatappultErrors implements ErrorMapper<CatappultException> {
    @Override
    public CatappultException answer(HttpResponse<String> response, Attempts attempts) {
        JsonNode body = ErrorBodies.object(response.body());
        String code = ErrorBodies.text(body, "code");
        if (code == null) {
            return new CatappultException(
                    response.statusCode(),
                    null,
                    response.uri().getRawPath(),
                    null,
                    ErrorBodies.unexpected(response),
                    null,
                    attempts);
        }
        return new CatappultException(
                response.statusCode(),
                code,
                ErrorBodies.text(body, "path"),
                ErrorBodies.text(body, "text"),
                null,
                null,
                attempts);
    }

    @Override
    public CatappultException noAnswer(HttpRequest request, String detail, Exception cause, Attempts attempts) {
        return new CatappultException(
                CatappultException.NO_RESPONSE, null, request.uri().getRawPath(), null, detail, cause, attempts);
    }

    @Override
    public CatappultException invalidBody(HttpResponse<String> response, String detail, Throwable cause) {
        return new CatappultException(
                response.statusCode(), null, response.uri().getRawPath(), null, detail, cause);
    }
}
