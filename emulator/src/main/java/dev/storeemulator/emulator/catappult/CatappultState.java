package dev.storeemulator.emulator.catappult;

import dev.storeemulator.emulator.core.Billing;
import dev.storeemulator.emulator.core.BillingTerms;
import dev.storeemulator.emulator.fixtures.TimeValue;
import dev.storeemulator.emulator.journal.Hints;
import dev.storeemulator.emulator.journal.NearMissIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Catappult's purchases and subscriptions by token (changed atomically, one token at a time), and the
 * apps with their Api-Keys (fixed at load).
 */
public final class CatappultState {
    private final List<CatappultFixtures.App> apps;
    private final Map<String, String> apiKeys;
    private final CatappultFixtures.Settings settings;
    private final ConcurrentHashMap<String, Purchase> purchases = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, OspTransaction> transactions = new ConcurrentHashMap<>();
    private final NearMissIndex purchaseTokens = new NearMissIndex();
    private final VoidedOrder voided = new VoidedOrder();
    private final NearMissIndex subscriptionTokens = new NearMissIndex();

    private CatappultState(List<CatappultFixtures.App> apps, CatappultFixtures.Settings settings) {
        this.apps = List.copyOf(apps);
        Map<String, String> keys = new HashMap<>();
        apps.forEach(a -> keys.put(a.packageName(), a.apiKey()));
        this.apiKeys = Map.copyOf(keys);
        this.settings = settings;
    }

    public CatappultFixtures.Settings settings() {
        return settings;
    }

    List<CatappultFixtures.App> apps() {
        return apps;
    }

    Optional<CatappultFixtures.App> app(String packageName) {
        return apps.stream().filter(a -> a.packageName().equals(packageName)).findFirst();
    }

    /** Every purchase. */
    java.util.Collection<Purchase> purchases() {
        return purchases.values();
    }

    /** Every subscription as last changed (what the clock has done since is not folded in). */
    java.util.Collection<Subscription> storedSubscriptions() {
        return subscriptions.values();
    }

    /** Every subscription as it stands at {@code now}. */
    List<Subscription> subscriptions(Instant now) {
        return subscriptions.values().stream().map(s -> s.renewedBy(now)).toList();
    }

    /** A One-Step Payment transaction; null if there is none. */
    OspTransaction transaction(String uid) {
        return transactions.get(uid);
    }

    java.util.Collection<OspTransaction> transactions() {
        return transactions.values();
    }

    /** Changes one transaction atomically; null when there is none. */
    OspTransaction changeTransaction(String uid, UnaryOperator<OspTransaction> change) {
        return transactions.computeIfPresent(uid, (u, t) -> change.apply(t));
    }

    Purchase purchaseByToken(String token) {
        return purchases.get(token);
    }

    /** One subscription as last changed; null if there is none. */
    Subscription storedSubscription(String token) {
        return subscriptions.get(token);
    }

    Subscription subscriptionByToken(String token, Instant now) {
        Subscription s = subscriptions.get(token);
        return s == null ? null : s.renewedBy(now);
    }

    /** Builds the state the fixtures describe; relative times resolve against {@code now}. */
    public static CatappultState load(CatappultFixtures f, Instant now) {
        CatappultState state = new CatappultState(f.apps(), f.settings());
        for (CatappultFixtures.Purchase p : f.purchases()) {
            state.purchaseTokens.add(p.token());
            state.purchases.put(
                    p.token(),
                    new Purchase(
                            p.token(),
                            p.packageName(),
                            p.productId(),
                            p.purchaseTime() == null ? now : p.purchaseTime().resolve(now),
                            nonNull(p.developerPayload()),
                            p.orderId() == null ? OrderIds.of(p.token()) : p.orderId(),
                            p.consumed(),
                            p.acknowledged() == null || p.acknowledged(),
                            p.regionCode() == null ? "PT" : p.regionCode(),
                            p.currency() == null ? "EUR" : p.currency(),
                            p.voidedTime() == null ? null : p.voidedTime().resolve(now),
                            p.voidedReason() == null ? 0 : p.voidedReason()));
        }
        state.purchases.values().forEach(p -> state.voided.update(null, p));
        for (CatappultFixtures.Subscription s : f.subscriptions()) {
            state.subscriptionTokens.add(s.token());
            state.subscriptions.put(s.token(), state.subscriptionOf(s, now));
        }
        for (CatappultFixtures.Transaction t : f.transactions()) {
            state.transactions.put(t.uid(), OspTransaction.of(t, now));
        }
        return state;
    }

    /** One fixtures subscription as the store holds it, on its app's terms (sandbox speed included). */
    Subscription subscriptionOf(CatappultFixtures.Subscription s, Instant now) {
        Instant start = s.startTime() == null ? now : s.startTime().resolve(now);
        Instant expiry = s.expiryTime() == null
                ? start.plus(Duration.ofDays(30))
                : s.expiryTime().resolve(now);
        BillingTerms.Effective terms = settings.terms()
                .inSandbox(app(s.packageName())
                        .map(CatappultFixtures.App::sandboxPeriod)
                        .orElse(null))
                .forPeriod(s.period());
        Billing billing = new Billing(
                expiry,
                s.autoRenewing() == null || s.autoRenewing(),
                s.period(),
                s.renewals(),
                s.pausedUntil() == null ? null : s.pausedUntil().resolve(now),
                terms);
        return new Subscription(
                s.token(),
                s.packageName(),
                s.productId(),
                start,
                billing,
                s.priceCurrencyCode() == null ? "EUR" : s.priceCurrencyCode(),
                s.priceAmountMicros() == null ? 990_000L : s.priceAmountMicros(),
                s.countryCode() == null ? "PT" : s.countryCode(),
                nonNull(s.developerPayload()),
                s.orderId() == null ? OrderIds.of(s.token()) : s.orderId(),
                s.acknowledged(),
                s.revokedTime() == null ? null : s.revokedTime().resolve(now),
                terms.scale(settings.acknowledgeWindow(), s.period()));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** The world as a fixtures section as it stands at {@code now}: absolute times, renewals due by now, every default. */
    public CatappultFixtures export(Instant now) {
        List<CatappultFixtures.Purchase> purchaseEntries = purchases.values().stream()
                .sorted(Comparator.comparing(Purchase::token))
                .map(CatappultState::exportPurchase)
                .toList();
        List<CatappultFixtures.Subscription> subscriptionEntries = subscriptions.values().stream()
                .sorted(Comparator.comparing(Subscription::token))
                .map(x -> x.renewedBy(now))
                .map(CatappultState::exportSubscription)
                .toList();
        List<CatappultFixtures.Transaction> transactionEntries = transactions.values().stream()
                .sorted(Comparator.comparing(OspTransaction::uid))
                .map(OspTransaction::toFixture)
                .toList();
        return new CatappultFixtures(apps, purchaseEntries, subscriptionEntries, settings, transactionEntries);
    }

    /** The section without purchases, subscriptions and transactions: what one entry is checked against. */
    CatappultFixtures context() {
        return new CatappultFixtures(apps, List.of(), List.of(), settings, List.of());
    }

    /** How many purchases there are, or subscriptions. */
    long count(boolean subscription) {
        return subscription ? subscriptions.size() : purchases.size();
    }

    /** How many purchases (or subscriptions) sort before {@code token} in the export: where it stands there. */
    long position(String token, boolean subscription) {
        java.util.Set<String> tokens = subscription ? subscriptions.keySet() : purchases.keySet();
        return tokens.stream().filter(k -> k.compareTo(token) < 0).count();
    }

    /** Whether a purchase or a subscription other than the one whose token is {@code except} has the token. */
    boolean tokenTaken(String token, String except) {
        return !token.equals(except) && (purchases.containsKey(token) || subscriptions.containsKey(token));
    }

    /** Adds a purchase, or replaces the one with its token in one step, and what indexes it; answers the one replaced. */
    Purchase putPurchase(Purchase p) {
        Purchase[] replaced = new Purchase[1];
        purchases.compute(p.token(), (t, before) -> {
            replaced[0] = before;
            purchaseTokens.add(t);
            voided.update(before, p);
            return p;
        });
        return replaced[0];
    }

    /** Removes a purchase and what indexes it; null if there was none. */
    Purchase removePurchase(String token) {
        Purchase[] before = new Purchase[1];
        purchases.computeIfPresent(token, (t, p) -> {
            before[0] = p;
            voided.update(p, null);
            purchaseTokens.remove(t);
            return null;
        });
        return before[0];
    }

    /** Adds a subscription, or replaces the one with its token in one step; answers the one replaced. */
    Subscription putSubscription(Subscription x) {
        subscriptionTokens.add(x.token());
        return subscriptions.put(x.token(), x);
    }

    /** Removes a subscription; null if there was none. */
    Subscription removeSubscription(String token) {
        Subscription before = subscriptions.remove(token);
        if (before != null) {
            subscriptionTokens.remove(token);
        }
        return before;
    }

    /** One purchase as its fixtures entry. */
    static CatappultFixtures.Purchase exportPurchase(Purchase p) {
        return new CatappultFixtures.Purchase(
                p.token(),
                p.packageName(),
                p.productId(),
                TimeValue.of(p.purchaseTime()),
                p.developerPayload(),
                p.orderId(),
                p.consumed(),
                p.acknowledged(),
                p.regionCode(),
                p.currency(),
                p.voidedTime() == null ? null : TimeValue.of(p.voidedTime()),
                p.voidedReason());
    }

    /** One subscription, as it stands when {@code s} was read, as its fixtures entry. */
    static CatappultFixtures.Subscription exportSubscription(Subscription s) {
        return new CatappultFixtures.Subscription(
                s.token(),
                s.packageName(),
                s.productId(),
                TimeValue.of(s.startTime()),
                TimeValue.of(s.billing().paidUntil()),
                s.billing().autoRenewing(),
                s.priceCurrencyCode(),
                s.priceAmountMicros(),
                s.countryCode(),
                s.developerPayload(),
                s.orderId(),
                s.acknowledged(),
                s.period(),
                s.billing().outcomes().approvesAll() ? null : s.billing().outcomes(),
                s.billing().pausedUntil() == null
                        ? null
                        : TimeValue.of(s.billing().pausedUntil()),
                s.revokedTime() == null ? null : TimeValue.of(s.revokedTime()));
    }

    /** The index names of near-miss hints ({@link dev.storeemulator.emulator.journal.MissedPurchase#kind}). */
    static final String PURCHASE = "purchase";

    static final String SUBSCRIPTION = "subscription";

    Optional<Hints.Holder> holder(String token, boolean subscription) {
        return subscription
                ? Optional.ofNullable(subscriptions.get(token))
                        .map(s -> new Hints.Holder(s.packageName(), s.productId()))
                : Optional.ofNullable(purchases.get(token)).map(p -> new Hints.Holder(p.packageName(), p.productId()));
    }

    /** The purchase tokens, or the subscription tokens, for near-miss hints. */
    NearMissIndex known(boolean subscription) {
        return subscription ? subscriptionTokens : purchaseTokens;
    }

    public Optional<Purchase> purchase(String packageName, String productId, String token) {
        return Optional.ofNullable(purchases.get(token))
                .filter(p ->
                        p.packageName().equals(packageName) && p.productId().equals(productId));
    }

    /** The subscription as it stands at {@code now}, renewals included. */
    public Optional<Subscription> subscription(String packageName, String productId, String token, Instant now) {
        return Optional.ofNullable(subscriptions.get(token))
                .filter(s ->
                        s.packageName().equals(packageName) && s.productId().equals(productId))
                .map(s -> s.renewedBy(now));
    }

    /** Whether {@code apiKey} is the key of {@code packageName}'s app. */
    boolean apiKeyOpens(String apiKey, String packageName) {
        return apiKey != null && apiKey.equals(apiKeys.get(packageName));
    }

    /** Changes one purchase atomically; null when there is none. {@code change} may throw to refuse. */
    Purchase changePurchase(String token, UnaryOperator<Purchase> change) {
        return purchases.computeIfPresent(token, (t, p) -> {
            Purchase after = change.apply(p);
            voided.update(p, after); // under the entry's lock: updates of one purchase stay in order
            return after;
        });
    }

    /** Changes one subscription, as it stands at {@code now}, atomically; null when there is none. */
    Subscription changeSubscription(String token, Instant now, UnaryOperator<Subscription> change) {
        return subscriptions.computeIfPresent(token, (t, s) -> change.apply(s.renewedBy(now)));
    }

    /**
     * Every package's purchases voided from {@code since} to {@code now} (what a move of the clock may have voided):
     * the cost is theirs, not the world's.
     */
    List<Purchase> voidedBetween(Instant since, Instant now) {
        List<Purchase> all = new java.util.ArrayList<>();
        for (String packageName : voided.packages()) {
            all.addAll(voided.between(packageName, since, now, purchases));
        }
        return all;
    }

    /** The package's purchases voided from {@code since} to {@code now}, by voidedTime then token. */
    List<Purchase> voidedSince(String packageName, Instant since, Instant now) {
        return voided.between(packageName, since, now, purchases);
    }
}
