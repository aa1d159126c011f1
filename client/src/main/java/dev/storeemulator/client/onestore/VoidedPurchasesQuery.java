package dev.storeemulator.client.onestore;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The optional parameters of getVoidedPurchases; absent (null) ones are not sent. The store searches at
 * most 30 days back; {@code startTime} alone ends one month later, {@code endTime} alone starts one month
 * earlier, and an {@code endTime} after now is refused.
 *
 * @param startTime       the start of the search window, or null
 * @param endTime         the end of the search window (not after now), or null
 * @param maxResults      the page size, 1 to 999 (the store's default is 100), or null
 * @param continuationKey the key of the page to fetch, from the previous page, or null
 */
public record VoidedPurchasesQuery(Instant startTime, Instant endTime, Integer maxResults, String continuationKey) {

    /**
     * Checks the page size.
     * @param startTime       the start of the window, or null
     * @param endTime         the end of the window, or null
     * @param maxResults      1 to 999, or null
     * @param continuationKey the page key, or null
     * @throws IllegalArgumentException when maxResults is out of range
     */
    public VoidedPurchasesQuery {
        if (maxResults != null && (maxResults < 1 || maxResults > 999)) {
            throw new IllegalArgumentException("maxResults must be between 1 and 999: " + maxResults);
        }
    }

    /**
     * A query with no parameter: the store's default window and page size.
     * @return the empty query
     */
    public static VoidedPurchasesQuery defaults() {
        return new VoidedPurchasesQuery(null, null, null, null);
    }

    /**
     * This query with another window.
     * @param start the start, or null
     * @param end   the end, or null
     * @return the new query
     */
    public VoidedPurchasesQuery withWindow(Instant start, Instant end) {
        return new VoidedPurchasesQuery(start, end, maxResults, continuationKey);
    }

    /**
     * This query with another page size.
     * @param value 1 to 999, or null for the store's default
     * @return the new query
     */
    public VoidedPurchasesQuery withMaxResults(Integer value) {
        return new VoidedPurchasesQuery(startTime, endTime, value, continuationKey);
    }

    /**
     * This query asking for the page of {@code value}.
     * @param value a continuation key from a previous page, or null for the first page
     * @return the new query
     */
    public VoidedPurchasesQuery withContinuationKey(String value) {
        return new VoidedPurchasesQuery(startTime, endTime, maxResults, value);
    }

    /** The query string (without {@code ?}); empty when every parameter is absent. */
    String toQueryString() {
        Map<String, String> params = new LinkedHashMap<>();
        if (continuationKey != null) {
            params.put("continuationKey", continuationKey);
        }
        if (startTime != null) {
            params.put("startTime", Long.toString(startTime.toEpochMilli()));
        }
        if (endTime != null) {
            params.put("endTime", Long.toString(endTime.toEpochMilli()));
        }
        if (maxResults != null) {
            params.put("maxResults", maxResults.toString());
        }
        return OneStorePaths.form(params);
    }
}
