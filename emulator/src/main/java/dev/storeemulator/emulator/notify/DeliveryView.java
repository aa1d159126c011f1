package dev.storeemulator.emulator.notify;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A delivery as {@code /__admin/notifications} shows it. {@code headers} and {@code body} (exactly as sent) only
 * in the detail of one delivery.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(
        @JsonProperty("id") String id,
        @JsonProperty("store") String store,
        @JsonProperty("packageName") String packageName,
        @JsonProperty("token") String token,
        @JsonProperty("event") String event,
        @JsonProperty("url") String url,
        @JsonProperty("status") String status,
        @JsonProperty("attempts") List<Attempt> attempts,
        @JsonProperty("nextAttemptAt") String nextAttemptAt,
        @JsonProperty("createdAt") String createdAt,
        @JsonProperty("held") Boolean held,
        @JsonProperty("faults") List<String> faults,
        @JsonProperty("duplicateOf") String duplicateOf,
        @JsonProperty("headers") Map<String, String> headers,
        @JsonProperty("body") String body) {

    /** One attempt: when, and the receiver's status or what went wrong (refused, timed out, reset). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attempt(
            @JsonProperty("at") String at,
            @JsonProperty("status") Integer status,
            @JsonProperty("error") String error) {}

    static DeliveryView of(Delivery d, boolean withBody) {
        Outgoing m = d.message;
        return new DeliveryView(
                d.id,
                m.store(),
                m.packageName(),
                m.token(),
                m.event(),
                m.url().toString(),
                d.status.name().toLowerCase(Locale.ROOT),
                List.copyOf(d.attempts),
                d.nextAttemptAt == null ? null : d.nextAttemptAt.toString(),
                d.createdAt.toString(),
                d.held ? Boolean.TRUE : null,
                d.faults.isEmpty() ? null : List.copyOf(d.faults),
                d.duplicateOf,
                withBody ? Map.of("Content-Type", m.contentType()) : null,
                withBody ? new String(d.sentBody, StandardCharsets.UTF_8) : null);
    }
}
