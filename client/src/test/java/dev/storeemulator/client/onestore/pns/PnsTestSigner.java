package dev.storeemulator.client.onestore.pns;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test only: signs messages the way ONE store does (SHA512withRSA over the compact JSON without {@code signature},
 * Base64), with a freshly generated 2048-bit key pair. Main code has no signer: the emulator signs.
 */
final class PnsTestSigner {
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The app's keys, and another app's, made once for all the tests. */
    static final PnsTestSigner APP = generate();

    static final PnsTestSigner OTHER_APP = generate();

    private final KeyPair keys;

    private PnsTestSigner(KeyPair keys) {
        this.keys = keys;
    }

    static PnsTestSigner generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return new PnsTestSigner(g.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as the Developer Center shows it: Base64 X.509, one line. */
    String licenseKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** The Base64 signature of {@code text}'s UTF-8 bytes. */
    String sign(String text) {
        try {
            Signature s = Signature.getInstance("SHA512withRSA");
            s.initSign(keys.getPrivate());
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body ONE store would send for {@code m}: its compact JSON, signed, with {@code signature} added last. */
    String signed(ObjectNode m) {
        ObjectNode copy = m.deepCopy();
        copy.put("signature", sign(JSON.writeValueAsString(m)));
        return JSON.writeValueAsString(copy);
    }

    /** {@code compact} (a JSON object written by hand) signed as it is, with {@code signature} added last. */
    String signedText(String compact) {
        if (!compact.endsWith("}")) {
            throw new IllegalArgumentException("not an object: " + compact);
        }
        return compact.substring(0, compact.length() - 1) + ",\"signature\":\"" + sign(compact) + "\"}";
    }

    /** A payment message with the fields in ONE store's order, and one extra member in the middle. */
    static ObjectNode payment() {
        ObjectNode m = JSON.createObjectNode();
        m.put("msgVersion", "3.1.0D");
        m.put("clientId", "com.example.game");
        m.put("productId", "coins_100");
        m.put("messageType", "SINGLE_PAYMENT_TRANSACTION");
        m.put("purchaseId", "SANDBOX3000000004564");
        m.put("developerPayload", "order-1");
        m.put("purchaseTimeMillis", 1700000000123L);
        m.put("purchaseState", "COMPLETED");
        m.put("price", "1100");
        m.put("priceCurrencyCode", "KRW");
        m.put("productName", "코인 100개");
        ObjectNode pay = m.putArray("paymentTypeList").addObject();
        pay.put("paymentMethod", "CREDITCARD");
        pay.put("amount", "1100");
        m.putNull("billingKey");
        m.put("isTestMdn", true);
        m.put("serviceUserId", "u-7");
        m.put("purchaseToken", "TOKEN-4564");
        m.put("environment", "SANDBOX");
        m.put("marketCode", "MKT_ONE");
        return m;
    }

    /** A subscription message with the fields in ONE store's order. */
    static ObjectNode subscription(int notificationType) {
        ObjectNode m = JSON.createObjectNode();
        m.put("msgVersion", "3.1.0D");
        m.put("clientId", "com.example.game");
        m.put("eventTimeMillis", 1700000000456L);
        ObjectNode n = m.putObject("subscriptionNotification");
        n.put("version", "1.0");
        n.put("productId", "premium_monthly");
        n.put("notificationType", notificationType);
        n.put("purchaseToken", "SANDBOX0000000000010");
        m.put("environment", "SANDBOX");
        m.put("marketCode", "MKT_ONE");
        return m;
    }
}
