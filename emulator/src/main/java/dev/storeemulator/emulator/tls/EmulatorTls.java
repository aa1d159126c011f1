package dev.storeemulator.emulator.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What the HTTPS port serves and what a client must trust: the {@link CertificateAuthority} and a leaf certificate
 * naming every real host of the stores, {@code localhost}, {@code 127.0.0.1}, {@code ::1} and any extra names.
 */
public final class EmulatorTls {
    /** The password of the in-memory key store handed to Jetty (never written anywhere). */
    static final char[] PASSWORD = "store-emulator".toCharArray();

    private final CertificateAuthority ca;
    private final List<String> names;
    private final KeyStore keyStore;

    private EmulatorTls(CertificateAuthority ca, List<String> names, KeyStore keyStore) {
        this.ca = ca;
        this.names = List.copyOf(names);
        this.keyStore = keyStore;
    }

    /**
     * The TLS material for {@code hostNames} (DNS names or IP literals): the CA from {@code caCert}/{@code caKey}
     * when given, else the one kept in {@code stateDir} (made there once), else a new one for this run.
     */
    public static EmulatorTls create(List<String> hostNames, Path caCert, Path caKey, Path stateDir, Instant now) {
        CertificateAuthority ca;
        if (caCert != null || caKey != null) {
            if (caCert == null || caKey == null) {
                throw new IllegalArgumentException("--tls-ca-cert and --tls-ca-key go together");
            }
            ca = CertificateAuthority.load(caCert, caKey);
        } else if (stateDir != null) {
            ca = CertificateAuthority.inDirectory(stateDir.resolve("tls"), now);
        } else {
            ca = CertificateAuthority.create(now);
        }
        Set<String> all = new LinkedHashSet<>(hostNames);
        all.add("localhost");
        all.add("127.0.0.1");
        all.add("::1");
        List<String> dns = new ArrayList<>();
        List<String> ips = new ArrayList<>();
        for (String n : all) {
            (isIpLiteral(n) ? ips : dns).add(n);
        }
        CertificateAuthority.Issued leaf = ca.issue(dns, ips, now);
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(
                    "store-emulator", leaf.key(), PASSWORD, new Certificate[] {leaf.certificate(), ca.certificate()});
            return new EmulatorTls(ca, List.copyOf(all), ks);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot hold the emulator's certificate", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CA certificate (PEM) {@link #create} would use with these arguments (made in the state directory). */
    public static String caPem(Path caCert, Path caKey, Path stateDir) {
        return authority(caCert, caKey, stateDir, Instant.now()).certificatePem();
    }

    private static CertificateAuthority authority(Path caCert, Path caKey, Path stateDir, Instant now) {
        if (caCert != null || caKey != null) {
            if (caCert == null || caKey == null) {
                throw new IllegalArgumentException("--tls-ca-cert and --tls-ca-key go together");
            }
            return CertificateAuthority.load(caCert, caKey);
        }
        return stateDir != null
                ? CertificateAuthority.inDirectory(stateDir.resolve("tls"), now)
                : CertificateAuthority.create(now);
    }

    private static boolean isIpLiteral(String name) {
        return name.contains(":") || name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    /** The key store (leaf key and chain) the HTTPS connector serves; its password is {@link #keyStorePassword}. */
    public KeyStore keyStore() {
        return keyStore;
    }

    public char[] keyStorePassword() {
        return PASSWORD.clone();
    }

    /** Every name the leaf certificate covers. */
    public List<String> names() {
        return names;
    }

    /** The CA certificate in PEM. */
    public String caPem() {
        return ca.certificatePem();
    }

    /** A trust store holding only the emulator's CA. */
    public KeyStore trustStore() {
        try {
            KeyStore ts = KeyStore.getInstance("PKCS12");
            ts.load(null, null);
            ts.setCertificateEntry("store-emulator-ca", ca.certificate());
            return ts;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An {@link SSLContext} that trusts the emulator's CA (and nothing else). */
    public SSLContext sslContext() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustStore());
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
