package dev.storeemulator.emulator.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Objects;

/**
 * One journalled call, as served: when (real and virtual time), which store and operation, the request line (query
 * with secrets masked), the answer's status and latency, and which purchase it was about. Times serialise as ISO-8601
 * instants; null fields are left out.
 *
 * <p>Kept compact, as the journal holds the last 10,000 of them and each young collection copies them: the times as
 * numbers, and the call's own texts (path, query, fault, token, package, product, hint) in one string, so that an
 * entry is three objects whatever it holds; each accessor gives the value back as it was recorded. Store, operation
 * and method are the routes' shared strings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "id",
    "realTime",
    "virtualTime",
    "store",
    "operation",
    "method",
    "path",
    "query",
    "status",
    "latencyMs",
    "fault",
    "token",
    "packageName",
    "productId",
    "hint"
})
public final class JournalEntry {
    private static final int PATH = 0;
    private static final int QUERY = 1;
    private static final int FAULT = 2;
    private static final int TOKEN = 3;
    private static final int PACKAGE = 4;
    private static final int PRODUCT = 5;
    private static final int HINT = 6;
    private static final int TEXTS = 7;
    /** The end offsets are 16 bits each; a longer call keeps its texts as an array. */
    private static final int MAX_PACKED = 0xFFFF;

    private final long id;
    private final long realSeconds;
    private final long virtualSeconds;
    private final int realNanos;
    private final int virtualNanos;
    private final String store;
    private final String operation;
    private final String method;
    private final int status;
    private final double latencyMs;
    /** Which texts are null, one bit each. */
    private final int nulls;
    /** Where each text ends in {@link #texts}, 16 bits each: texts 0–3, then 4–6. */
    private final long ends0;

    private final long ends1;
    /** The texts one after another (a String), or each on its own (a String[]) when longer than 64 KiB in all. */
    private final Object texts;

    /**
     * @param id          sequence number, from 1, in the order calls were recorded
     * @param operation   the matched route's operation name, or {@code -} when no route matched
     * @param query       the raw query string with secret values masked, or null when there was none
     * @param fault       the injected fault that fired ({@code ruleId:effect}), or null
     * @param token       the purchase token (or purchase id) the call was about, or null
     * @param packageName the package the call was about, or null
     * @param productId   the product (SKU or subscription) the call was about, or null
     * @param hint        the near-miss text sent in the hint header, or null
     */
    public JournalEntry(
            long id,
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
        this.id = id;
        this.realSeconds = realTime.getEpochSecond();
        this.realNanos = realTime.getNano();
        this.virtualSeconds = virtualTime.getEpochSecond();
        this.virtualNanos = virtualTime.getNano();
        this.store = store;
        this.operation = operation;
        this.method = method;
        this.status = status;
        this.latencyMs = latencyMs;
        String[] all = {path, query, fault, token, packageName, productId, hint};
        int n = 0;
        int length = 0;
        for (int i = 0; i < TEXTS; i++) {
            if (all[i] == null) {
                n |= 1 << i;
            } else {
                length += all[i].length();
            }
        }
        this.nulls = n;
        if (length > MAX_PACKED) {
            this.texts = all;
            this.ends0 = 0;
            this.ends1 = 0;
            return;
        }
        StringBuilder packed = new StringBuilder(length);
        long e0 = 0;
        long e1 = 0;
        for (int i = 0; i < TEXTS; i++) {
            if (all[i] != null) {
                packed.append(all[i]);
            }
            long end = packed.length();
            if (i < 4) {
                e0 |= end << (16 * i);
            } else {
                e1 |= end << (16 * (i - 4));
            }
        }
        this.texts = packed.toString();
        this.ends0 = e0;
        this.ends1 = e1;
    }

    private int end(int i) {
        long word = i < 4 ? ends0 : ends1;
        return (int) ((word >>> (16 * (i < 4 ? i : i - 4))) & 0xFFFF);
    }

    private String text(int i) {
        if ((nulls & (1 << i)) != 0) {
            return null;
        }
        if (texts instanceof String[] each) {
            return each[i];
        }
        return ((String) texts).substring(i == 0 ? 0 : end(i - 1), end(i));
    }

    /** Sequence number, from 1, in the order calls were recorded. */
    @JsonProperty("id")
    public long id() {
        return id;
    }

    /** When the call was served, by the system clock. */
    @JsonProperty("realTime")
    public Instant realTime() {
        return Instant.ofEpochSecond(realSeconds, realNanos);
    }

    /** When the call was served, by the emulator's (virtual) clock. */
    @JsonProperty("virtualTime")
    public Instant virtualTime() {
        return Instant.ofEpochSecond(virtualSeconds, virtualNanos);
    }

    @JsonProperty("store")
    public String store() {
        return store;
    }

    /** The matched route's operation name, or {@code -} when no route matched. */
    @JsonProperty("operation")
    public String operation() {
        return operation;
    }

    @JsonProperty("method")
    public String method() {
        return method;
    }

    @JsonProperty("path")
    public String path() {
        return text(PATH);
    }

    /** The raw query string with secret values masked, or null when there was none. */
    @JsonProperty("query")
    public String query() {
        return text(QUERY);
    }

    @JsonProperty("status")
    public int status() {
        return status;
    }

    @JsonProperty("latencyMs")
    public double latencyMs() {
        return latencyMs;
    }

    /** The injected fault that fired ({@code ruleId:effect}), or null. */
    @JsonProperty("fault")
    public String fault() {
        return text(FAULT);
    }

    /** The purchase token (or purchase id) the call was about, or null. */
    @JsonProperty("token")
    public String token() {
        return text(TOKEN);
    }

    /** The package the call was about, or null. */
    @JsonProperty("packageName")
    public String packageName() {
        return text(PACKAGE);
    }

    /** The product (SKU or subscription) the call was about, or null. */
    @JsonProperty("productId")
    public String productId() {
        return text(PRODUCT);
    }

    /** The near-miss text sent in the hint header, or null. */
    @JsonProperty("hint")
    public String hint() {
        return text(HINT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JournalEntry e
                && e.id == id
                && e.realSeconds == realSeconds
                && e.realNanos == realNanos
                && e.virtualSeconds == virtualSeconds
                && e.virtualNanos == virtualNanos
                && e.status == status
                && Double.compare(e.latencyMs, latencyMs) == 0
                && Objects.equals(e.store, store)
                && Objects.equals(e.operation, operation)
                && Objects.equals(e.method, method)
                && java.util.Arrays.equals(e.texts(), texts());
    }

    private String[] texts() {
        String[] all = new String[TEXTS];
        for (int i = 0; i < TEXTS; i++) {
            all[i] = text(i);
        }
        return all;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, realTime(), virtualTime(), store, operation, method, status, latencyMs)
                + 31 * java.util.Arrays.hashCode(texts());
    }

    @Override
    public String toString() {
        return "JournalEntry[id=" + id + ", realTime=" + realTime() + ", virtualTime=" + virtualTime() + ", store="
                + store + ", operation=" + operation + ", method=" + method + ", path=" + path() + ", query="
                + query() + ", status=" + status + ", latencyMs=" + latencyMs + ", fault=" + fault() + ", token="
                + token() + ", packageName=" + packageName() + ", productId=" + productId() + ", hint=" + hint()
                + "]";
    }
}
