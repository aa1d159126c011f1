package dev.storeemulator.client.onestore;

import dev.storeemulator.client.http.Attempts;
import dev.storeemulator.client.http.ErrorBodies;
import dev.storeemulator.client.http.ErrorMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** ONE store's error answers ({@code {"error": {"code", "message"}}}) and failures as {@link OneStoreException}s. */
final class OneStoreErrors implements ErrorMapper<OneStoreException> {
    @Override
    public OneStoreException answer(HttpResponse<String> response, Attempts attempts) {
        JsonNode body = ErrorBodies.object(response.body());
        JsonNode error = body == null ? null : body.get("error");
        String code = ErrorBodies.text(error != null && error.isObject() ? error : null, "code");
        if (code == null) {
            return new OneStoreException(
                    response.statusCode(), null, null, ErrorBodies.unexpected(response), null, attempts);
        }
        return new OneStoreException(
                response.statusCode(), code, ErrorBodies.text(error, "message"), null, null, attempts);
    }

    @Override
    public OneStoreException noAnswer(HttpRequest request, String detail, Exception cause, Attempts attempts) {
        return new OneStoreException(OneStoreException.NO_RESPONSE, null, null, detail, cause, attempts);
    }

    @Override
    public OneStoreException invalidBody(HttpResponse<String> response, String detail, Throwable cause) {
        return new OneStoreException(response.statusCode(), null, null, detail, cause);
    }
}
