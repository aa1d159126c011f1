package dev.storeemulator.emulator.tls;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The emulator's own certificate authority: an EC P-256 key and a self-signed CA certificate, made once (and kept in
 * the state directory when there is one) or loaded from PEM files, which issues the leaf certificate the HTTPS port
 * serves. Built with BouncyCastle's PKIX API on the JDK's own crypto provider (no provider is registered).
 */
public final class CertificateAuthority {
    /** The CA's name, as a user sees it in a trust store. */
    static final String NAME = "CN=Store Emulator Local CA,O=store-emulator";

    private static final String SIGNATURE = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X509Certificate certificate;
    private final PrivateKey key;

    private CertificateAuthority(X509Certificate certificate, PrivateKey key) {
        this.certificate = certificate;
        this.key = key;
    }

    /** A new CA valid for ten years from {@code now}. */
    public static CertificateAuthority create(Instant now) {
        KeyPair pair = ecKeyPair();
        X500Name name = new X500Name(NAME);
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                    name,
                    serial(),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))),
                    name,
                    pair.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
            return new CertificateAuthority(sign(b, pair.getPrivate()), pair.getPrivate());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make the emulator's CA", e);
        }
    }

    /** The CA in {@code cert} and {@code key} (PEM: a certificate; a PKCS#8 or traditional private key). */
    public static CertificateAuthority load(Path cert, Path key) {
        try {
            return fromPem(
                    Files.readString(cert, StandardCharsets.US_ASCII),
                    Files.readString(key, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CA from " + cert + " and " + key, e);
        }
    }

    /** The CA kept in {@code dir} ({@code ca.pem}, {@code ca-key.pem}), made and saved there on first use. */
    public static CertificateAuthority inDirectory(Path dir, Instant now) {
        Path cert = dir.resolve("ca.pem");
        Path key = dir.resolve("ca-key.pem");
        if (Files.exists(cert) && Files.exists(key)) {
            return load(cert, key);
        }
        CertificateAuthority ca = create(now);
        try {
            Files.createDirectories(dir);
            Files.writeString(key, ca.privateKeyPem(), StandardCharsets.US_ASCII);
            Files.writeString(cert, ca.certificatePem(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the CA in " + dir, e);
        }
        return ca;
    }

    static CertificateAuthority fromPem(String certPem, String keyPem) {
        try (PEMParser certs = new PEMParser(new StringReader(certPem));
                PEMParser keys = new PEMParser(new StringReader(keyPem))) {
            Object c = certs.readObject();
            if (!(c instanceof X509CertificateHolder holder)) {
                throw new IllegalArgumentException("the CA certificate file holds no PEM certificate");
            }
            Object k = keys.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            PrivateKey privateKey;
            if (k instanceof PEMKeyPair pair) {
                privateKey = converter.getPrivateKey(pair.getPrivateKeyInfo());
            } else if (k instanceof org.bouncycastle.asn1.pkcs.PrivateKeyInfo info) {
                privateKey = converter.getPrivateKey(info);
            } else {
                throw new IllegalArgumentException("the CA key file holds no unencrypted PEM private key");
            }
            return new CertificateAuthority(new JcaX509CertificateConverter().getCertificate(holder), privateKey);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the CA: " + e.getMessage(), e);
        }
    }

    /**
     * A leaf certificate for {@code dnsNames} and {@code ipAddresses} (subject alternative names), valid for a year
     * from {@code now} (under the 398 days clients accept), with its key.
     */
    public Issued issue(List<String> dnsNames, List<String> ipAddresses, Instant now) {
        KeyPair pair = ecKeyPair();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                    certificate,
                    serial(),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365))),
                    new X500Name("CN=" + (dnsNames.isEmpty() ? "localhost" : dnsNames.get(0))),
                    pair.getPublic());
            List<GeneralName> names = new ArrayList<>();
            dnsNames.forEach(n -> names.add(new GeneralName(GeneralName.dNSName, n)));
            ipAddresses.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip)));
            b.addExtension(
                    Extension.subjectAlternativeName, false, new GeneralNames(names.toArray(GeneralName[]::new)));
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(certificate));
            return new Issued(sign(b, key), pair.getPrivate());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot issue the emulator's certificate", e);
        }
    }

    /** A leaf certificate and its private key. */
    public record Issued(X509Certificate certificate, PrivateKey key) {}

    /** The CA's private key in PEM (PKCS#8), for saving it; never served. */
    String privateKeyPem() {
        try {
            return pem(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null));
        } catch (org.bouncycastle.util.io.pem.PemGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The CA certificate in PEM, what clients are told to trust. */
    public String certificatePem() {
        return pem(certificate);
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder b, PrivateKey signer)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(b.build(new JcaContentSignerBuilder(SIGNATURE).build(signer)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no EC P-256 in this JVM", e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }

    static String pem(Object o) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(out)) {
            w.writeObject(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
