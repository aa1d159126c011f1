package dev.storeemulator.emulator.server;

import dev.storeemulator.emulator.core.*;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Keeps the request target Jetty could not parse (a path with {@code %zz}, a lone {@code %}, an encoded NUL),
 * so {@link ProtocolErrors} still answers in the format of the store owning that path. Jetty itself forgets
 * it: its error request then carries the path {@code /badMessage}. This leans on Jetty's HTTP/1.1 connection
 * ({@code org.eclipse.jetty.server.internal}); without it the answer falls back to the unknown-path format.
 */
final class RawTargets extends HttpConnectionFactory {

    private RawTargets(HttpConfiguration config, int chunkMaxLength) {
        super(config);
        setTransferEncodingChunkMaxLength(chunkMaxLength);
    }

    /** Puts this factory in place of the connector's HTTP/1.1 one. */
    static void install(AbstractConnector connector) {
        List<ConnectionFactory> factories = new ArrayList<>();
        for (ConnectionFactory f : connector.getConnectionFactories()) {
            factories.add(
                    f instanceof HttpConnectionFactory http && !(f instanceof RawTargets)
                            ? new RawTargets(http.getHttpConfiguration(), http.getTransferEncodingChunkMaxLength())
                            : f);
        }
        String defaultProtocol = connector.getDefaultProtocol();
        connector.setConnectionFactories(factories);
        connector.setDefaultProtocol(defaultProtocol);
    }

    /** The raw target of the request line Jetty refused on this request's connection, or null. */
    static String refusedTarget(Request request) {
        return request.getConnectionMetaData().getConnection() instanceof Remembering c ? c.refusedTarget : null;
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        Remembering connection = new Remembering(getHttpConfiguration(), connector, endPoint);
        connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
        return configure(connection, connector, endPoint);
    }

    private static final class Remembering extends HttpConnection {
        private static final String BAD_METHOD = "BAD";

        private volatile String refusedTarget;

        Remembering(HttpConfiguration config, Connector connector, EndPoint endPoint) {
            super(config, connector, endPoint);
        }

        @Override
        protected HttpStreamOverHTTP1 newHttpStream(String method, String uri, HttpVersion version) {
            try {
                HttpStreamOverHTTP1 stream = super.newHttpStream(method, uri, version);
                if (!BAD_METHOD.equals(method)) { // Jetty's own stand-in for the refused request keeps the target
                    refusedTarget = null;
                }
                return stream;
            } catch (RuntimeException e) {
                refusedTarget = uri;
                throw e;
            }
        }
    }
}
