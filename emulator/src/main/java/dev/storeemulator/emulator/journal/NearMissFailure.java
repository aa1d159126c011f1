package dev.storeemulator.emulator.journal;

/** A store failure that may be a "not found" for a purchase, explained by a near-miss hint. */
public interface NearMissFailure {
    /** What the call named, or null when this failure is no purchase not-found. */
    MissedPurchase missedPurchase();
}
