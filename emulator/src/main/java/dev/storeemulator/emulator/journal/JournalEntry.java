package dev.storeemulator.emulator.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One journalled call, as served: when (real and virtual time), which store and operation, the request
 * line (query with secrets masked), the answer's status and latency, and which purchase it was about.
 * Times serialise as ISO-8601 instants; null fields are left out.
 *
 * @param id          sequence number, from 1, in the order calls were recorded
 * @param operation   the matched route's operation name, or {@code -} when no route matched
 * @param query       the raw query string with secret values masked, or null when there was none
 * @param fault       the injected fault that fired ({@code ruleId:effect}), or null
 * @param token       the purchase token (or purchase id) the call was about, or null
 * @param packageName the package the call was about, or null
 * @param productId   the product (SKU or subscription) the call was about, or null
 * @param hint        the near-miss text sent in the hint header, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(
        @JsonProperty("id") long id,
        @JsonProperty("realTime") Instant realTime,
        @JsonProperty("virtualTime") Instant virtualTime,
        @JsonProperty("store") String store,
        @JsonProperty("operation") String operation,
        @JsonProperty("method") String method,
        @JsonProperty("path") String path,
        @JsonProperty("query") String query,
        @JsonProperty("status") int status,
        @JsonProperty("latencyMs") double latencyMs,
        @JsonProperty("fault") String fault,
        @JsonProperty("token") String token,
        @JsonProperty("packageName") String packageName,
        @JsonProperty("productId") String productId,
        @JsonProperty("hint") String hint) {}
