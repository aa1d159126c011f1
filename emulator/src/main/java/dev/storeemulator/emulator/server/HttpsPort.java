package dev.storeemulator.emulator.server;

import dev.storeemulator.emulator.tls.EmulatorTls;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The HTTPS port: the same routes as the HTTP one, on {@code port} (0 for any), TLS 1.2/1.3 with the emulator's
 * certificate ({@code material}, asked for when the server starts). The Host header is not checked against the SNI name (a client that connects by IP still reaches its
 * store), as the stores' routes choose by Host themselves.
 */
public record HttpsPort(java.util.function.Supplier<EmulatorTls> material, int port) {

    /** Adds the connector next to {@code plain}, on its host, with a copy of its HTTP configuration. */
    void addTo(Server server, ServerConnector plain) {
        EmulatorTls tls = material.get();
        HttpConfiguration base =
                plain.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration();
        HttpConfiguration secure = new HttpConfiguration(base);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer(false, false, -1, false);
        secure.addCustomizer(customizer);
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(tls.keyStore());
        ssl.setKeyStorePassword(new String(tls.keyStorePassword()));
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        ServerConnector connector = new ServerConnector(
                server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(secure));
        connector.setName("https");
        connector.setHost(plain.getHost());
        connector.setPort(port);
        server.addConnector(connector);
    }

    /** The port the HTTPS connector bound, once started. */
    static int boundPort(Server server) {
        for (var c : server.getConnectors()) {
            if (c instanceof ServerConnector s && "https".equals(s.getName())) {
                return s.getLocalPort();
            }
        }
        return -1;
    }
}
