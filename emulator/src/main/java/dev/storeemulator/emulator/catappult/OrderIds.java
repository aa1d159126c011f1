package dev.storeemulator.emulator.catappult;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Order ids shaped like the store's (16 upper-case letters and digits), stable for a given token. */
final class OrderIds {
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    private OrderIds() {}

    static String of(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            char[] out = new char[16];
            for (int i = 0; i < out.length; i++) {
                out[i] = ALPHABET[(hash[i] & 0xff) % ALPHABET.length];
            }
            return new String(out);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
