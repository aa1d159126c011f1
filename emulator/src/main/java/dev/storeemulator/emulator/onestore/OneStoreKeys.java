package dev.storeemulator.emulator.onestore;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The apps' license keys (Base64 X.509 SubjectPublicKeyInfo, as ONE store's Developer Center shows them) and the
 * private keys that sign their PNS messages (Base64 PKCS#8). An app without keys in its fixtures gets a 2048-bit RSA
 * pair made once per package name and JVM (kept across restarts by {@code --state-dir}, which saves both); every pair
 * the emulator made or was given is remembered, so a fixtures edit that sends back only the license key keeps it.
 */
final class OneStoreKeys {
    /** The signature ONE store's receivers check [CODE]. */
    static final String ALGORITHM = "SHA512withRSA";

    private static final Map<String, KeyPair> MADE = new ConcurrentHashMap<>();
    private static final Map<String, KeyPair> KNOWN = new ConcurrentHashMap<>();

    private OneStoreKeys() {}

    /** The app's pair: the one its fixtures give, the one the emulator knows for its license key, or one made for it. */
    static KeyPair forApp(String packageName, String licenseKey, String signingKey) {
        if (signingKey != null) {
            return KNOWN.computeIfAbsent(licenseKey + "|" + signingKey, k -> given(licenseKey, signingKey));
        }
        if (licenseKey != null) {
            KeyPair known = KNOWN.get(normal(licenseKey));
            if (known == null) {
                throw new IllegalStateException("no signing key for the license key of " + packageName);
            }
            return known;
        }
        return MADE.computeIfAbsent(packageName, p -> remember(generate()));
    }

    /** What is wrong with the keys an app's fixtures give (field, reason), or empty. */
    static Optional<String[]> problem(String licenseKey, String signingKey) {
        if (signingKey != null) {
            try {
                given(licenseKey, signingKey);
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of(new String[] {
                    e.getMessage().startsWith("licenseKey") ? "licenseKey" : "signingKey",
                    e.getMessage().substring(e.getMessage().indexOf(' ') + 1)
                });
            }
        }
        if (licenseKey != null) {
            try {
                publicKey(licenseKey);
            } catch (IllegalArgumentException e) {
                return Optional.of(new String[] {"licenseKey", e.getMessage().substring("licenseKey ".length())});
            }
            if (!KNOWN.containsKey(normal(licenseKey))) {
                return Optional.of(new String[] {
                    "signingKey",
                    "is required with a licenseKey the emulator did not make (its Base64 PKCS#8 private key), "
                            + "or leave both out to have a pair made"
                });
            }
        }
        return Optional.empty();
    }

    static String licenseKey(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    static String signingKey(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    }

    /** Base64 SHA512withRSA of {@code text}'s UTF-8 bytes. */
    static String sign(String text, PrivateKey key) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + ALGORITHM, e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make an RSA key pair", e);
        }
    }

    private static KeyPair remember(KeyPair pair) {
        KNOWN.put(licenseKey(pair), pair);
        return pair;
    }

    private static KeyPair given(String licenseKey, String signingKey) {
        PrivateKey privateKey;
        try {
            privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(signingKey)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("signingKey is not a Base64 PKCS#8 RSA private key");
        }
        PublicKey publicKey;
        if (licenseKey != null) {
            publicKey = publicKey(licenseKey);
        } else if (privateKey instanceof RSAPrivateCrtKey crt) {
            publicKey = derive(crt);
        } else {
            throw new IllegalArgumentException("licenseKey is required with this signingKey");
        }
        if (!(publicKey instanceof RSAPublicKey rsa)
                || !(privateKey instanceof RSAPrivateCrtKey crt)
                || !rsa.getModulus().equals(crt.getModulus())) {
            throw new IllegalArgumentException("signingKey is not the private key of the licenseKey");
        }
        return remember(new KeyPair(publicKey, privateKey));
    }

    private static PublicKey derive(RSAPrivateCrtKey crt) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new java.security.spec.RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("signingKey has no public key");
        }
    }

    private static PublicKey publicKey(String licenseKey) {
        try {
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decode(licenseKey)));
            if (((RSAPublicKey) key).getModulus().bitLength() < 1024) {
                throw new IllegalArgumentException("licenseKey is shorter than 1024 bits");
            }
            return key;
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage().startsWith("licenseKey")) {
                throw iae;
            }
            throw new IllegalArgumentException("licenseKey is not a Base64 X.509 RSA public key");
        }
    }

    private static String normal(String base64) {
        return Base64.getEncoder().encodeToString(decode(base64));
    }

    private static byte[] decode(String base64) {
        String body = base64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
