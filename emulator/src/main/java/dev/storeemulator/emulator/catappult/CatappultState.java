package dev.storeemulator.emulator.catappult;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Catappult's purchases and subscriptions by token, and the apps' Api-Keys. */
public final class CatappultState {
    /** An in-app purchase as the store holds it. */
    public record Purchase(String token, String packageName, String productId, Instant purchaseTime,
                           String developerPayload, String orderId, boolean consumed, boolean acknowledged,
                           String regionCode, String currency, Instant voidedTime, int voidedReason) {
        /** Canceled once its void time has come: a fixture may schedule a refund for later. */
        public boolean canceledAt(Instant now) {
            return voidedTime != null && !voidedTime.isAfter(now);
        }
    }

    /** A subscription as the store holds it. */
    public record Subscription(String token, String packageName, String productId, Instant startTime,
                               Instant expiryTime, boolean autoRenewing, String priceCurrencyCode,
                               long priceAmountMicros, String countryCode, String developerPayload, String orderId,
                               boolean acknowledged) {
        Subscription acknowledgedNow() {
            return new Subscription(token, packageName, productId, startTime, expiryTime, autoRenewing,
                    priceCurrencyCode, priceAmountMicros, countryCode, developerPayload, orderId, true);
        }
    }

    private final Map<String, String> apiKeys;
    private final CatappultFixtures.Settings settings;
    private final ConcurrentHashMap<String, Purchase> purchases = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Subscription> subscriptions = new ConcurrentHashMap<>();

    private CatappultState(Map<String, String> apiKeys, CatappultFixtures.Settings settings) {
        this.apiKeys = Map.copyOf(apiKeys);
        this.settings = settings;
    }

    public CatappultFixtures.Settings settings() {
        return settings;
    }

    /** Builds the state the fixtures describe; relative times resolve against {@code now}. */
    public static CatappultState load(CatappultFixtures f, Instant now) {
        Map<String, String> keys = new HashMap<>();
        f.apps().forEach(a -> keys.put(a.packageName(), a.apiKey()));
        CatappultState state = new CatappultState(keys, f.settings());
        for (CatappultFixtures.Purchase p : f.purchases()) {
            state.purchases.put(p.token(), new Purchase(p.token(), p.packageName(), p.productId(),
                    p.purchaseTime() == null ? now : p.purchaseTime().resolve(now), nonNull(p.developerPayload()),
                    p.orderId() == null ? OrderIds.of(p.token()) : p.orderId(), p.consumed(),
                    p.acknowledged() == null || p.acknowledged(), p.regionCode() == null ? "PT" : p.regionCode(),
                    p.currency() == null ? "EUR" : p.currency(),
                    p.voidedTime() == null ? null : p.voidedTime().resolve(now),
                    p.voidedReason() == null ? 0 : p.voidedReason()));
        }
        for (CatappultFixtures.Subscription s : f.subscriptions()) {
            Instant start = s.startTime() == null ? now : s.startTime().resolve(now);
            state.subscriptions.put(s.token(), new Subscription(s.token(), s.packageName(), s.productId(), start,
                    s.expiryTime() == null ? start.plus(java.time.Duration.ofDays(30)) : s.expiryTime().resolve(now),
                    s.autoRenewing() == null || s.autoRenewing(),
                    s.priceCurrencyCode() == null ? "EUR" : s.priceCurrencyCode(),
                    s.priceAmountMicros() == null ? 990_000L : s.priceAmountMicros(),
                    s.countryCode() == null ? "PT" : s.countryCode(), nonNull(s.developerPayload()),
                    s.orderId() == null ? OrderIds.of(s.token()) : s.orderId(), s.acknowledged()));
        }
        return state;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    public Optional<Purchase> purchase(String packageName, String productId, String token) {
        return Optional.ofNullable(purchases.get(token))
                .filter(p -> p.packageName().equals(packageName) && p.productId().equals(productId));
    }

    public Optional<Subscription> subscription(String packageName, String productId, String token) {
        return Optional.ofNullable(subscriptions.get(token))
                .filter(s -> s.packageName().equals(packageName) && s.productId().equals(productId));
    }

    /** Whether {@code apiKey} is the key of {@code packageName}'s app. */
    boolean apiKeyOpens(String apiKey, String packageName) {
        return apiKey != null && apiKey.equals(apiKeys.get(packageName));
    }

    /** Sets acknowledgementState; acknowledging twice is harmless. Atomic. */
    void acknowledge(String token) {
        subscriptions.computeIfPresent(token, (t, s) -> s.acknowledgedNow());
    }

    List<Purchase> voidedSince(String packageName, Instant since, Instant now) {
        return purchases.values().stream()
                .filter(p -> p.packageName().equals(packageName) && p.canceledAt(now) && !p.voidedTime().isBefore(since))
                .sorted(java.util.Comparator.comparing(Purchase::voidedTime).thenComparing(Purchase::token))
                .toList();
    }
}
