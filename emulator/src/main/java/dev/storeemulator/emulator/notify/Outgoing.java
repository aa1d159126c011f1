package dev.storeemulator.emulator.notify;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A notification a store sends to a developer's server: what it is about, where it goes and the bytes of its body
 * exactly as they are to be sent.
 *
 * @param store       the store's name, e.g. {@code onestore}
 * @param packageName the app it is about
 * @param token       the purchase token (or id) it is about, for queries and fault rules; may be null
 * @param event       what happened, in the store's words, e.g. {@code CANCELED} or {@code SUBSCRIPTION_RENEWED}
 * @param url         the receiver, {@code http} or {@code https}
 * @param contentType the {@code Content-Type} sent
 * @param body        the body as sent
 * @param forgedBody  the same message with a signature that does not verify (a {@code wrongSignature} fault), or
 *                    null when the store's messages carry no signature
 * @param retries     the waits between attempts, on the emulator's clock; the delivery fails after the last
 */
public record Outgoing(
        String store,
        String packageName,
        String token,
        String event,
        URI url,
        String contentType,
        byte[] body,
        byte[] forgedBody,
        List<Duration> retries) {

    /** [DECIDED] 10 s, 1 min, 10 min, 1 h, 6 h, then failed: no store documents its schedule. */
    public static final List<Duration> DEFAULT_RETRIES = List.of(
            Duration.ofSeconds(10),
            Duration.ofMinutes(1),
            Duration.ofMinutes(10),
            Duration.ofHours(1),
            Duration.ofHours(6));

    public Outgoing {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        contentType = contentType == null ? "application/json" : contentType;
        retries = retries == null ? DEFAULT_RETRIES : List.copyOf(retries);
    }
}
