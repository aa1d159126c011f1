package dev.storeemulator.client.onestore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of getVoidedPurchases.
 *
 * @param voidedPurchaseList the cancelled purchases of this page (never null; may be empty)
 * @param continuationKey    the key to ask for the next page; null on the last page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VoidedPurchasesPage(
        @JsonProperty("voidedPurchaseList") List<VoidedPurchase> voidedPurchaseList,
        @JsonProperty("continuationKey") String continuationKey) {

    /**
     * Normalises the list: a missing list becomes empty, and the list is unmodifiable.
     * @param voidedPurchaseList the cancelled purchases, or null
     * @param continuationKey    the next page's key, or null
     */
    public VoidedPurchasesPage {
        voidedPurchaseList = voidedPurchaseList == null ? List.of() : List.copyOf(voidedPurchaseList);
        continuationKey = continuationKey == null || continuationKey.isEmpty() ? null : continuationKey;
    }

    /**
     * Whether another page follows.
     * @return true when {@link #continuationKey()} is present
     */
    public boolean hasNextPage() {
        return continuationKey != null;
    }
}
