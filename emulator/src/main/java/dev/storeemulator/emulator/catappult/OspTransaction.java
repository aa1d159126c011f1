package dev.storeemulator.emulator.catappult;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.storeemulator.emulator.fixtures.TimeValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * A One-Step Payment transaction as the store holds it, with [DECIDED] defaults for what the fixtures leave out:
 * status {@code COMPLETED}, 0.99 EUR (9.9 APPC), type {@code INAPP_UNMANAGED}, gateway and method
 * {@code appcoins_credits}, country {@code PT}, a wallet and hash derived from the uid.
 */
record OspTransaction(
        String uid,
        String domain,
        String product,
        String reference,
        String status,
        CatappultFixtures.Price price,
        String walletFrom,
        String type,
        String method,
        String gateway,
        String country,
        String hash,
        String developerPayload,
        String purchaseUid,
        Instant added,
        Instant modified,
        String callbackUrl) {

    /** Times as the broker writes them: microseconds, UTC, e.g. {@code 2025-01-14T11:06:31.231117Z}. */
    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    static OspTransaction of(CatappultFixtures.Transaction t, Instant now) {
        CatappultFixtures.Price p = t.price() == null ? new CatappultFixtures.Price(null, null, null) : t.price();
        Instant added = t.added() == null ? now : t.added().resolve(now);
        String digest = sha256(t.uid());
        return new OspTransaction(
                t.uid(),
                t.domain(),
                t.product(),
                t.reference(),
                t.status() == null ? "COMPLETED" : t.status(),
                new CatappultFixtures.Price(
                        p.currency() == null ? "EUR" : p.currency(),
                        p.value() == null ? "0.99" : p.value(),
                        p.appc() == null ? "9.9" : p.appc()),
                t.walletFrom() == null ? "0x" + digest.substring(0, 40) : t.walletFrom(),
                t.type() == null ? "INAPP_UNMANAGED" : t.type(),
                t.method() == null ? "appcoins_credits" : t.method(),
                t.gateway() == null ? "appcoins_credits" : t.gateway(),
                t.country() == null ? "PT" : t.country(),
                t.hash() == null ? "0x" + digest : t.hash(),
                t.developerPayload(),
                t.purchaseUid(),
                added,
                t.modified() == null ? added : t.modified().resolve(now),
                t.callbackUrl());
    }

    OspTransaction withStatus(String newStatus, Instant now) {
        return new OspTransaction(
                uid,
                domain,
                product,
                reference,
                newStatus,
                price,
                walletFrom,
                type,
                method,
                gateway,
                country,
                hash,
                developerPayload,
                purchaseUid,
                added,
                now,
                callbackUrl);
    }

    CatappultFixtures.Transaction toFixture() {
        return new CatappultFixtures.Transaction(
                uid,
                domain,
                product,
                reference,
                status,
                price,
                walletFrom,
                type,
                method,
                gateway,
                country,
                hash,
                developerPayload,
                purchaseUid,
                TimeValue.of(added),
                TimeValue.of(modified),
                callbackUrl);
    }

    /** {@code GET /broker/{version}/transactions/{uid}}'s answer [DOC purchase-details-broker]. */
    record Wire(
            @JsonProperty("uid") String uid,
            @JsonProperty("domain") String domain,
            @JsonProperty("product") String product,
            @JsonProperty("wallet_from") String walletFrom,
            @JsonProperty("type") String type,
            @JsonProperty("method") String method,
            @JsonProperty("country") String country,
            @JsonProperty("reference") String reference,
            @JsonProperty("hash") String hash,
            @JsonProperty("status") String status,
            @JsonProperty("added") String added,
            @JsonProperty("modified") String modified,
            @JsonProperty("gateway") Gateway gateway,
            @JsonProperty("metadata") Metadata metadata,
            @JsonProperty("price") CatappultFixtures.Price price) {}

    record Gateway(@JsonProperty("name") String name) {}

    record Metadata(
            @JsonProperty("purchase_uid") String purchaseUid,
            @JsonProperty("developer_payload") String developerPayload) {}

    /** The JSON inside a callback's {@code transaction} string [CODE diceroll-osp-backend]. */
    record Callback(
            @JsonProperty("uid") String uid,
            @JsonProperty("reference") String reference,
            @JsonProperty("domain") String domain,
            @JsonProperty("product") String product,
            @JsonProperty("status") String status,
            @JsonProperty("price") CatappultFixtures.Price price) {}

    Wire wire() {
        return new Wire(
                uid,
                domain,
                product,
                walletFrom,
                type,
                method,
                country,
                reference,
                hash,
                status,
                TIME.format(added),
                TIME.format(modified),
                new Gateway(gateway),
                new Metadata(purchaseUid, developerPayload),
                price);
    }

    Callback callback() {
        return new Callback(uid, reference, domain, product, status, price);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
