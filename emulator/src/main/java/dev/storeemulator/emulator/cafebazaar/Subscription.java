package dev.storeemulator.emulator.cafebazaar;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A subscription series. {@code tokens.get(0)} is the first purchase token, reported as
 * linkedSubscriptionToken; every token in {@code tokens} (one per billing) identifies the series.
 */
public record Subscription(String packageName, String subscriptionId, Instant initiation, Instant validUntil,
                           boolean autoRenewing, List<String> tokens) {

    public Subscription {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(initiation, "initiation");
        Objects.requireNonNull(validUntil, "validUntil");
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a subscription needs at least one purchase token");
        }
    }

    public String linkedToken() {
        return tokens.get(0);
    }

    public boolean isActiveAt(Instant now) {
        return validUntil.isAfter(now);
    }

    public Subscription withAutoRenewing(boolean value) {
        return new Subscription(packageName, subscriptionId, initiation, validUntil, value, tokens);
    }
}
