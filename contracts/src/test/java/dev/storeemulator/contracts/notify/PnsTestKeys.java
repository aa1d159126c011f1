package dev.storeemulator.contracts.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * A fixed RSA pair for the consumer side of the PNS message pacts (test-only, committed), so that the signature in the
 * pact's example is the same every run: line 1 the license key, line 2 the signing key.
 */
final class PnsTestKeys {
    static final String LICENSE_KEY;
    static final String SIGNING_KEY;

    static {
        try (InputStream in = PnsTestKeys.class.getResourceAsStream("/notify/pns-test-keys.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            LICENSE_KEY = lines[0].trim();
            SIGNING_KEY = lines[1].trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PnsTestKeys() {}

    /** Base64 SHA512withRSA of {@code text}, as ONE store signs. */
    static String sign(String text) {
        try {
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(SIGNING_KEY)));
            Signature s = Signature.getInstance("SHA512withRSA");
            s.initSign(key);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
