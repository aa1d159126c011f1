package dev.storeemulator.client.catappult;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The voided purchases answer, {@code {"items": […]}}; a missing list reads as empty. */
@JsonIgnoreProperties(ignoreUnknown = true)
record VoidedPurchasesList(@JsonProperty("items") List<VoidedPurchase> items) {
    VoidedPurchasesList {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
