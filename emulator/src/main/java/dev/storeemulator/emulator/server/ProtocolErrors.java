package dev.storeemulator.emulator.server;

import dev.storeemulator.emulator.core.*;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The server's error handler: what Jetty answers by itself, before Javalin sees the request (a path with
 * {@code %zz}, a NUL or other illegal character, a request line or headers too long, an unknown HTTP
 * version, a missing or duplicate Host, a bad Content-Length…), in the format of the store owning the path,
 * never Jetty's {@code <h2>HTTP ERROR} page. A target Jetty could not parse is kept by {@link RawTargets};
 * when the request line could not be read at all (an unknown HTTP version, a line over the header limit:
 * Jetty reports the path {@value #UNREAD_PATH}) the path is unknown and the unknown-path format answers.
 *
 * <p>A malformed request line or protocol version is the client's fault: 501 and 505 become 400, so the
 * emulator gives no 5xx a real store's front would not.
 */
final class ProtocolErrors extends ErrorHandler {
    static final String UNREAD_PATH = "/badMessage";

    private final ErrorRouter router;

    ProtocolErrors(ErrorRouter router) {
        this.router = router;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = status(request, response);
        String path = path(request);
        Object message = request.getAttribute(ERROR_MESSAGE);
        String text = message instanceof String m && !m.isBlank() && !m.equals("Bad Request")
                ? m
                : "The request is malformed.";
        StoreModule module = path == null ? router.fallback() : router.moduleFor(path);
        RawAnswer answer = module.protocolError(status, path, text);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
        return true;
    }

    private static int status(Request request, Response response) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
        if (status == 501 || status == 505 || status < 400) {
            return 400;
        }
        return status;
    }

    private static String path(Request request) {
        HttpURI uri = request.getHttpURI();
        String path = uri == null ? null : uri.getPath();
        if (UNREAD_PATH.equals(path)) {
            String target = RawTargets.refusedTarget(request);
            path = target == null ? null : target.split("[?#]", 2)[0];
        }
        return path == null || path.isEmpty() || path.equals(UNREAD_PATH) || !path.startsWith("/") ? null : path;
    }
}
