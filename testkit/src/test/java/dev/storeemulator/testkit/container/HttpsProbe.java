package dev.storeemulator.testkit.container;

import java.io.FileInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What an application container does (the JDK alone, as {@code curl --cacert} would): trust one CA file and GET a
 * URL by its real host name; prints {@code status <code>}, or {@code failed <exception>} (it exits 0 either way, so
 * the container's log survives the one-shot start). Copied into a container by
 * {@link HttpsContainerTest}, so it uses nothing but {@code java.base} and {@code java.net.http}.
 */
public final class HttpsProbe {
    private HttpsProbe() {}

    public static void main(String[] args) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = new FileInputStream(args[1])) {
            trust.setCertificateEntry(
                    "ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        try {
            HttpResponse<String> r = HttpClient.newBuilder()
                    .sslContext(ctx)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()
                    .send(HttpRequest.newBuilder(URI.create(args[0])).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("status " + r.statusCode());
        } catch (java.io.IOException e) {
            System.out.println("failed " + e);
        }
    }
}
