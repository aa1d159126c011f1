package dev.storeemulator.emulator.catappult;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.storeemulator.emulator.core.BillingPeriod;
import dev.storeemulator.emulator.fixtures.FixtureProblems;
import dev.storeemulator.emulator.fixtures.TimeValue;
import java.util.List;
import java.util.Set;

/** The {@code catappult:} section of a fixtures file: apps with their Api-Key, purchases, subscriptions. */
public record CatappultFixtures(
        @JsonProperty("apps") List<App> apps,
        @JsonProperty("purchases") List<Purchase> purchases,
        @JsonProperty("subscriptions") List<Subscription> subscriptions,
        @JsonProperty("settings") Settings settings)
        implements dev.storeemulator.emulator.fixtures.FixtureSection.Value {

    /** Every purchase token starts with this [SEED]. */
    public static final String TOKEN_PREFIX = "catappult.inapp.purchase.";

    public CatappultFixtures {
        apps = apps == null ? List.of() : List.copyOf(apps);
        purchases = purchases == null ? List.of() : List.copyOf(purchases);
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        settings = settings == null ? new Settings(null) : settings;
    }

    public static CatappultFixtures empty() {
        return new CatappultFixtures(null, null, null, null);
    }

    /** Error keys that {@code settings.errors} may override. */
    public static final Set<String> ERROR_KEYS = java.util.Arrays.stream(CatappultError.values())
            .filter(e -> e != CatappultError.INTERNAL)
            .map(CatappultError::key)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** [DECIDED] behaviour; {@code errors} overrides status, code or text per key of {@link #ERROR_KEYS}. */
    public record Settings(@JsonProperty("errors") java.util.Map<String, ErrorOverride> errors) {
        public Settings {
            errors = errors == null ? java.util.Map.of() : java.util.Map.copyOf(errors);
        }
    }

    /** Replaces any of status, {@code code} and {@code text} of one error. */
    public record ErrorOverride(
            @JsonProperty("status") Integer status,
            @JsonProperty("code") String code,
            @JsonProperty("text") String text) {}

    /** An app and the Api-Key its acknowledge calls need. */
    public record App(
            @JsonProperty("packageName") String packageName,
            @JsonProperty("apiKey") String apiKey) {}

    /** An in-app purchase; a {@code voidedTime} makes it canceled (purchaseState 1) and lists it as voided. */
    public record Purchase(
            @JsonProperty("token") String token,
            @JsonProperty("packageName") String packageName,
            @JsonProperty("productId") String productId,
            @JsonProperty("purchaseTime") TimeValue purchaseTime,
            @JsonProperty("developerPayload") String developerPayload,
            @JsonProperty("orderId") String orderId,
            @JsonProperty("consumed") boolean consumed,
            @JsonProperty("acknowledged") Boolean acknowledged,
            @JsonProperty("regionCode") String regionCode,
            @JsonProperty("currency") String currency,
            @JsonProperty("voidedTime") TimeValue voidedTime,
            @JsonProperty("voidedReason") Integer voidedReason) {}

    /**
     * A subscription; the store answers 200 even once expiryTime has passed. While {@code autoRenewing}, it
     * renews every {@code period} (default P1M; a compressed PT5M for tests) under the same token.
     */
    public record Subscription(
            @JsonProperty("token") String token,
            @JsonProperty("packageName") String packageName,
            @JsonProperty("productId") String productId,
            @JsonProperty("startTime") TimeValue startTime,
            @JsonProperty("expiryTime") TimeValue expiryTime,
            @JsonProperty("autoRenewing") Boolean autoRenewing,
            @JsonProperty("priceCurrencyCode") String priceCurrencyCode,
            @JsonProperty("priceAmountMicros") Long priceAmountMicros,
            @JsonProperty("countryCode") String countryCode,
            @JsonProperty("developerPayload") String developerPayload,
            @JsonProperty("orderId") String orderId,
            @JsonProperty("acknowledged") boolean acknowledged,
            @JsonProperty("period") BillingPeriod period) {
        public Subscription {
            period = period == null ? BillingPeriod.MONTHLY : period;
        }
    }

    /** Uniqueness and references the schema cannot check. */
    @Override
    public long entries() {
        return purchases.size();
    }

    @Override
    public void validate(String at, FixtureProblems problems) {
        problems.knownKeys(at + ".settings.errors", settings.errors().keySet(), ERROR_KEYS);
        Set<String> packages = FixtureProblems.newSeenSet();
        for (int i = 0; i < apps.size(); i++) {
            problems.unique(packages, apps.get(i).packageName(), at + ".apps[" + i + "].packageName", "package");
        }
        Set<String> tokens = FixtureProblems.newSeenSet();
        for (int i = 0; i < purchases.size(); i++) {
            check(
                    at + ".purchases[" + i + "]",
                    purchases.get(i).token(),
                    purchases.get(i).packageName(),
                    packages,
                    tokens,
                    problems);
        }
        for (int i = 0; i < subscriptions.size(); i++) {
            check(
                    at + ".subscriptions[" + i + "]",
                    subscriptions.get(i).token(),
                    subscriptions.get(i).packageName(),
                    packages,
                    tokens,
                    problems);
        }
    }

    private static void check(
            String at, String token, String pkg, Set<String> packages, Set<String> tokens, FixtureProblems problems) {
        problems.unique(tokens, token, at + ".token", "purchase token");
        if (!token.startsWith(TOKEN_PREFIX)) {
            problems.add(at + ".token", "Catappult purchase tokens start with '" + TOKEN_PREFIX + "'");
        }
        if (!packages.contains(pkg)) {
            problems.add(at + ".packageName", "package '" + pkg + "' is not one of catappult.apps");
        }
    }
}
