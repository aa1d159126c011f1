package dev.storeemulator.emulator.notify;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A pending delivery as {@code --state-dir} keeps it, so it is sent after a restart (at least once). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SavedDelivery(
        @JsonProperty("id") String id,
        @JsonProperty("createdAt") Instant createdAt,
        @JsonProperty("store") String store,
        @JsonProperty("packageName") String packageName,
        @JsonProperty("token") String token,
        @JsonProperty("event") String event,
        @JsonProperty("url") String url,
        @JsonProperty("contentType") String contentType,
        @JsonProperty("body") byte[] body,
        @JsonProperty("sentBody") byte[] sentBody,
        @JsonProperty("forgedBody") byte[] forgedBody,
        @JsonProperty("retries") List<Duration> retries,
        @JsonProperty("retriesUsed") int retriesUsed,
        @JsonProperty("nextAttemptAt") Instant nextAttemptAt,
        @JsonProperty("held") boolean held,
        @JsonProperty("attempts") List<DeliveryView.Attempt> attempts,
        @JsonProperty("faults") List<String> faults,
        @JsonProperty("duplicateOf") String duplicateOf) {

    static SavedDelivery of(Delivery d) {
        Outgoing m = d.message;
        return new SavedDelivery(
                d.id,
                d.createdAt,
                m.store(),
                m.packageName(),
                m.token(),
                m.event(),
                m.url().toString(),
                m.contentType(),
                m.body(),
                d.sentBody == m.body() ? null : d.sentBody,
                m.forgedBody(),
                m.retries(),
                d.retriesUsed,
                d.nextAttemptAt,
                d.held,
                List.copyOf(d.attempts),
                List.copyOf(d.faults),
                d.duplicateOf);
    }

    Delivery toDelivery() {
        Outgoing m =
                new Outgoing(store, packageName, token, event, URI.create(url), contentType, body, forgedBody, retries);
        Delivery d = new Delivery(id, createdAt, m, duplicateOf);
        d.sentBody = sentBody == null ? body : sentBody;
        d.retriesUsed = retriesUsed;
        d.nextAttemptAt = nextAttemptAt;
        d.held = held;
        if (attempts != null) {
            d.attempts.addAll(attempts);
        }
        if (faults != null) {
            d.faults.addAll(faults);
        }
        return d;
    }
}
