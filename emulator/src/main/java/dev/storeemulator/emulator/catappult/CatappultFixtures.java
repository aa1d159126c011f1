package dev.storeemulator.emulator.catappult;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.storeemulator.emulator.core.BillingPeriod;
import dev.storeemulator.emulator.core.BillingTerms;
import dev.storeemulator.emulator.core.RenewalOutcomes;
import dev.storeemulator.emulator.fixtures.FixtureProblems;
import dev.storeemulator.emulator.fixtures.TimeValue;
import java.util.List;
import java.util.Set;

/** The {@code catappult:} section of a fixtures file: apps with their Api-Key, purchases, subscriptions. */
public record CatappultFixtures(
        @JsonProperty("apps") List<App> apps,
        @JsonProperty("purchases") List<Purchase> purchases,
        @JsonProperty("subscriptions") List<Subscription> subscriptions,
        @JsonProperty("settings") Settings settings,
        @JsonProperty("transactions") List<Transaction> transactions)
        implements dev.storeemulator.emulator.fixtures.FixtureSection.Value {

    /** Every purchase token starts with this [SEED]. */
    public static final String TOKEN_PREFIX = "catappult.inapp.purchase.";

    public CatappultFixtures {
        apps = apps == null ? List.of() : List.copyOf(apps);
        purchases = purchases == null ? List.of() : List.copyOf(purchases);
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        settings = settings == null ? new Settings(null, null) : settings;
        transactions = transactions == null ? List.of() : List.copyOf(transactions);
    }

    public CatappultFixtures(
            List<App> apps, List<Purchase> purchases, List<Subscription> subscriptions, Settings settings) {
        this(apps, purchases, subscriptions, settings, null);
    }

    public static CatappultFixtures empty() {
        return new CatappultFixtures(null, null, null, null);
    }

    /** Error keys that {@code settings.errors} may override. */
    public static final Set<String> ERROR_KEYS = java.util.Arrays.stream(CatappultError.values())
            .filter(e -> e != CatappultError.INTERNAL)
            .map(CatappultError::key)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * [DECIDED] behaviour; {@code errors} overrides status, code or text per key of {@link #ERROR_KEYS};
     * {@code notificationRetries} are the waits between delivery attempts of a notification (default 10 s, 1 min,
     * 10 min, 1 h, 6 h).
     */
    public record Settings(
            @JsonProperty("errors") java.util.Map<String, ErrorOverride> errors,
            @JsonProperty("notificationRetries") List<java.time.Duration> notificationRetries,
            @JsonProperty("gracePeriod") java.time.Duration gracePeriod,
            @JsonProperty("accountHold") java.time.Duration accountHold,
            @JsonProperty("retryEvery") java.time.Duration retryEvery,
            @JsonProperty("acknowledgeWithin") java.time.Duration acknowledgeWithin) {
        /** [DECIDED] Google Play's former defaults: a failed renewal has 7 days of grace, then 30 on hold. */
        public static final BillingTerms TERMS = new BillingTerms(
                java.time.Duration.ofDays(7), java.time.Duration.ofDays(30), java.time.Duration.ofDays(1), null);

        /** [DOC] a subscription not acknowledged within 48 hours is revoked. */
        public static final java.time.Duration ACKNOWLEDGE_WITHIN = java.time.Duration.ofHours(48);

        public Settings {
            errors = errors == null ? java.util.Map.of() : java.util.Map.copyOf(errors);
            notificationRetries = notificationRetries == null ? null : List.copyOf(notificationRetries);
        }

        public Settings(java.util.Map<String, ErrorOverride> errors) {
            this(errors, null);
        }

        public Settings(java.util.Map<String, ErrorOverride> errors, List<java.time.Duration> notificationRetries) {
            this(errors, notificationRetries, null, null, null, null);
        }

        /** The terms renewals run on, with any override. */
        public BillingTerms terms() {
            return TERMS.overriddenBy(gracePeriod, accountHold, retryEvery);
        }

        public java.time.Duration acknowledgeWindow() {
            return acknowledgeWithin == null ? ACKNOWLEDGE_WITHIN : acknowledgeWithin;
        }
    }

    /**
     * A One-Step Payment transaction, as {@code GET /broker/{version}/transactions/{uid}} answers it; when it is
     * (or becomes) {@code COMPLETED}, Catappult POSTs {@code {"transaction": "<JSON>"}} to its {@code callbackUrl}.
     * {@code domain} is the app's package name.
     */
    public record Transaction(
            @JsonProperty("uid") String uid,
            @JsonProperty("domain") String domain,
            @JsonProperty("product") String product,
            @JsonProperty("reference") String reference,
            @JsonProperty("status") String status,
            @JsonProperty("price") Price price,
            @JsonProperty("walletFrom") String walletFrom,
            @JsonProperty("type") String type,
            @JsonProperty("method") String method,
            @JsonProperty("gateway") String gateway,
            @JsonProperty("country") String country,
            @JsonProperty("hash") String hash,
            @JsonProperty("developerPayload") String developerPayload,
            @JsonProperty("purchaseUid") String purchaseUid,
            @JsonProperty("added") TimeValue added,
            @JsonProperty("modified") TimeValue modified,
            @JsonProperty("callbackUrl") String callbackUrl) {}

    /** A transaction's price: {@code value} in {@code currency}, and in AppCoins ({@code appc}), as strings. */
    public record Price(
            @JsonProperty("currency") String currency,
            @JsonProperty("value") String value,
            @JsonProperty("appc") String appc) {}

    /** Replaces any of status, {@code code} and {@code text} of one error. */
    public record ErrorOverride(
            @JsonProperty("status") Integer status,
            @JsonProperty("code") String code,
            @JsonProperty("text") String text) {}

    /** An app, the Api-Key its acknowledge calls need, and the URL its notifications go to. */
    public record App(
            @JsonProperty("packageName") String packageName,
            @JsonProperty("apiKey") String apiKey,
            @JsonProperty("notifications") String notifications,
            @JsonProperty("sandboxPeriod") BillingPeriod sandboxPeriod) {
        public App(String packageName, String apiKey) {
            this(packageName, apiKey, null, null);
        }

        public App(String packageName, String apiKey, String notifications) {
            this(packageName, apiKey, notifications, null);
        }
    }

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
            @JsonProperty("period") BillingPeriod period,
            @JsonProperty("renewals") RenewalOutcomes renewals,
            @JsonProperty("pausedUntil") TimeValue pausedUntil,
            @JsonProperty("revokedTime") TimeValue revokedTime) {
        public Subscription {
            period = period == null ? BillingPeriod.MONTHLY : period;
        }

        /** A subscription whose every renewal is approved, not paused, not revoked. */
        public Subscription(
                String token,
                String packageName,
                String productId,
                TimeValue startTime,
                TimeValue expiryTime,
                Boolean autoRenewing,
                String priceCurrencyCode,
                Long priceAmountMicros,
                String countryCode,
                String developerPayload,
                String orderId,
                boolean acknowledged,
                BillingPeriod period) {
            this(
                    token,
                    packageName,
                    productId,
                    startTime,
                    expiryTime,
                    autoRenewing,
                    priceCurrencyCode,
                    priceAmountMicros,
                    countryCode,
                    developerPayload,
                    orderId,
                    acknowledged,
                    period,
                    null,
                    null,
                    null);
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
        problems.positiveDurations(at + ".settings.notificationRetries", settings.notificationRetries());
        problems.renewalTerms(
                at + ".settings",
                settings.gracePeriod(),
                settings.accountHold(),
                settings.retryEvery(),
                settings.acknowledgeWithin());
        Set<String> uids = FixtureProblems.newSeenSet();
        for (int i = 0; i < transactions.size(); i++) {
            Transaction t = transactions.get(i);
            String here = at + ".transactions[" + i + "]";
            problems.unique(uids, t.uid(), here + ".uid", "uid");
            if (t.callbackUrl() != null) {
                dev.storeemulator.emulator.notify.NotificationUrls.problem(t.callbackUrl())
                        .ifPresent(p -> problems.add(here + ".callbackUrl", p));
            }
        }
        Set<String> packages = FixtureProblems.newSeenSet();
        for (int i = 0; i < apps.size(); i++) {
            problems.unique(packages, apps.get(i).packageName(), at + ".apps[" + i + "].packageName", "package");
            String url = apps.get(i).notifications();
            if (url != null) {
                String here = at + ".apps[" + i + "].notifications";
                dev.storeemulator.emulator.notify.NotificationUrls.problem(url).ifPresent(p -> problems.add(here, p));
            }
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
