package dev.storeemulator.client.admin;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One request the emulator answered, as its journal records it. Absent fields are null.
 * @param id          the journal's id of the entry (a sequence number from 1)
 * @param realTime    when it arrived (wall clock)
 * @param virtualTime when it arrived by the emulator's virtual clock
 * @param store       {@code cafebazaar}, {@code onestore}, {@code catappult} or {@code admin}
 * @param operation   the store operation, e.g. {@code consume}
 * @param method      the HTTP method
 * @param path        the request path
 * @param query       the query string, or null
 * @param status      the status answered
 * @param latencyMs   how long the answer took, in milliseconds
 * @param fault       the injected fault, or null
 * @param token       the purchase or subscription token the request named, or null
 * @param packageName the package name the request named, or null
 * @param productId   the product id the request named, or null
 * @param hint        the closest known value when the answer was "not found", or null
 */
public record JournalEntry(
        String id,
        Instant realTime,
        Instant virtualTime,
        String store,
        String operation,
        String method,
        String path,
        String query,
        int status,
        double latencyMs,
        String fault,
        String token,
        String packageName,
        String productId,
        String hint) {

    static JournalEntry from(JsonNode n) {
        JsonNode query = n.get("query");
        return new JournalEntry(
                Health.text(n, "id"),
                Health.instant(n, "realTime"),
                Health.instant(n, "virtualTime"),
                Health.text(n, "store"),
                Health.text(n, "operation"),
                Health.text(n, "method"),
                Health.text(n, "path"),
                query == null || query.isNull() ? null : query.isString() ? query.asString() : query.toString(),
                n.path("status").asInt(),
                n.path("latencyMs").asDouble(),
                fault(n.get("fault")),
                Health.text(n, "token"),
                Health.text(n, "packageName"),
                Health.text(n, "productId"),
                Health.text(n, "hint"));
    }

    private static String fault(JsonNode fault) {
        return fault == null || fault.isNull() ? null : fault.isString() ? fault.asString() : fault.toString();
    }

    /** @return one line: method, path, status, operation and token, as verification failures list it */
    public String summary() {
        StringBuilder s = new StringBuilder().append(method).append(' ').append(path);
        if (query != null && !query.isEmpty()) {
            s.append('?').append(query);
        }
        s.append(" → ").append(status);
        if (operation != null) {
            s.append(" (").append(operation).append(')');
        }
        if (token != null) {
            s.append(" token=").append(token);
        }
        return s.toString();
    }
}
