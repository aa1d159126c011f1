package dev.storeemulator.emulator.journal;

/**
 * What a store's "not found" for a purchase named, carried by the failure ({@link NearMissFailure}) so that the
 * near-miss hint is rendered in one place, from what the store holds ({@link HoldsPurchases}).
 *
 * @param kind        which of the store's indexes the token is looked up in (e.g. {@code purchase},
 *                    {@code subscription}); the store's own names
 * @param token       the token or id the call named
 * @param packageName the package the call named, or null
 * @param productId   the product the call named, or null
 */
public record MissedPurchase(String kind, String token, String packageName, String productId) {}
