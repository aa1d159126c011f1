package dev.storeemulator.emulator.cafebazaar;

import dev.storeemulator.emulator.fixtures.TimeValue;
import dev.storeemulator.emulator.journal.Hints;
import dev.storeemulator.emulator.journal.MissedPurchase;
import dev.storeemulator.emulator.journal.NearMissIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the Cafebazaar emulation knows: accounts and clients (fixed at load), purchases and
 * subscriptions (changed atomically, one key at a time), and OAuth grants.
 */
public final class CafebazaarState {
    private final List<Account> accountList;
    private final List<OAuthClient> clientList;
    private final Map<String, Account> accounts;
    private final Map<String, OAuthClient> clients;
    private final Map<String, Account> accountsBySecret;
    private final ConcurrentHashMap<String, Purchase> purchases = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> seriesByToken = new ConcurrentHashMap<>();
    private final NearMissIndex purchaseTokens = new NearMissIndex();
    private final NearMissIndex subscriptionTokens = new NearMissIndex();
    private final CafebazaarOAuth oauth;
    private final DailyQuota quota;
    private final CafebazaarSettings settings;

    CafebazaarState(
            List<Account> accounts, List<OAuthClient> clients, CafebazaarSettings settings, CafebazaarState carried) {
        this.accountList = List.copyOf(accounts);
        this.clientList = List.copyOf(clients);
        Map<String, Account> byId = new HashMap<>();
        Map<String, Account> bySecret = new HashMap<>();
        for (Account a : accounts) {
            byId.put(a.id(), a);
            if (a.pishkhanSecret() != null) {
                bySecret.put(a.pishkhanSecret(), a);
            }
        }
        Map<String, OAuthClient> byClientId = new HashMap<>();
        clients.forEach(c -> byClientId.put(c.clientId(), c));
        this.accounts = Map.copyOf(byId);
        this.accountsBySecret = Map.copyOf(bySecret);
        this.clients = Map.copyOf(byClientId);
        this.oauth = carried == null ? new CafebazaarOAuth(settings) : carried.oauth.withSettings(settings);
        this.quota = carried == null || !java.util.Objects.equals(carried.settings.dailyQuota(), settings.dailyQuota())
                ? new DailyQuota(settings.dailyQuota())
                : carried.quota;
        this.settings = settings;
    }

    /** Builds the state a fixtures section describes; relative times resolve against {@code now}. */
    public static CafebazaarState load(CafebazaarFixtures f, Instant now) {
        return load(f, now, null);
    }

    /**
     * Builds the state a fixtures section describes, keeping {@code carried}'s OAuth grants and quota
     * counts when not null (an admin edit or a reload: the backend's session survives).
     */
    public static CafebazaarState load(CafebazaarFixtures f, Instant now, CafebazaarState carried) {
        List<Account> accounts = new ArrayList<>();
        List<OAuthClient> clients = new ArrayList<>();
        for (CafebazaarFixtures.Account a : f.accounts()) {
            accounts.add(new Account(a.id(), Set.copyOf(a.packages()), a.pishkhanSecret()));
            a.clients()
                    .forEach(
                            c -> clients.add(new OAuthClient(c.clientId(), c.clientSecret(), c.redirectUri(), a.id())));
        }
        CafebazaarState state = new CafebazaarState(accounts, clients, f.settings(), carried);
        for (CafebazaarFixtures.Purchase p : f.purchases()) {
            Instant time = p.purchaseTime() == null ? now : p.purchaseTime().resolve(now);
            state.putPurchase(new Purchase(
                    p.token(), p.packageName(), p.productId(), time, p.developerPayload(), p.consumed(), p.refunded()));
        }
        for (CafebazaarFixtures.Subscription s : f.subscriptions()) {
            List<String> tokens = new ArrayList<>();
            tokens.add(s.token());
            tokens.addAll(s.renewalTokens());
            Instant initiation =
                    s.initiationTime() == null ? now : s.initiationTime().resolve(now);
            state.putSubscription(new Subscription(
                    s.packageName(),
                    s.subscriptionId(),
                    initiation,
                    s.validUntil().resolve(now),
                    s.autoRenewing(),
                    tokens,
                    s.period(),
                    s.renewals()));
        }
        if (carried != null) {
            return state;
        }
        for (CafebazaarFixtures.IssuedToken t : f.issuedTokens()) {
            Instant expiresAt = t.expiresAt() == null
                    ? now.plus(f.settings().accessTokenTtl())
                    : t.expiresAt().resolve(now);
            state.oauth().register(t.clientId(), t.accessToken(), t.refreshToken(), expiresAt);
        }
        return state;
    }

    /**
     * The live world as a fixtures section, with absolute times, including the OAuth tokens issued so far
     * (live access tokens and refresh tokens) when {@code withGrants}; admin edits leave them out, as the
     * grants live on across edits anyway.
     */
    public CafebazaarFixtures export(boolean withGrants, Instant now) {
        List<CafebazaarFixtures.Purchase> purchaseEntries = purchases.values().stream()
                .sorted(java.util.Comparator.comparing(Purchase::token))
                .map(CafebazaarState::exportPurchase)
                .toList();
        List<CafebazaarFixtures.Subscription> subscriptionEntries = subscriptions.values().stream()
                .sorted(java.util.Comparator.comparing(Subscription::linkedToken))
                .map(CafebazaarState::exportSubscription)
                .toList();
        List<CafebazaarFixtures.IssuedToken> grants = withGrants
                ? oauth.export(now).stream()
                        .filter(t -> clients.containsKey(t.clientId()))
                        .toList()
                : List.of();
        return new CafebazaarFixtures(accountEntries(), purchaseEntries, subscriptionEntries, grants, settings);
    }

    /** The section without purchases, subscriptions and grants: what one entry is checked against. */
    CafebazaarFixtures context() {
        return new CafebazaarFixtures(accountEntries(), List.of(), List.of(), List.of(), settings);
    }

    private List<CafebazaarFixtures.Account> accountEntries() {
        List<CafebazaarFixtures.Account> accountEntries = new ArrayList<>();
        for (Account a : accountList) {
            List<CafebazaarFixtures.Client> own = clientList.stream()
                    .filter(c -> c.accountId().equals(a.id()))
                    .map(c -> new CafebazaarFixtures.Client(c.clientId(), c.clientSecret(), c.redirectUri()))
                    .toList();
            accountEntries.add(new CafebazaarFixtures.Account(
                    a.id(), a.packages().stream().sorted().toList(), own, a.pishkhanSecret()));
        }
        return accountEntries;
    }

    /** How many purchases there are, and how many subscription series. */
    long count(boolean subscription) {
        return subscription ? subscriptions.size() : purchases.size();
    }

    /** How many purchases (or series) sort before {@code key} in the export: where it stands there. */
    long position(String key, boolean subscription) {
        java.util.Set<String> keys = subscription ? subscriptions.keySet() : purchases.keySet();
        return keys.stream().filter(k -> k.compareTo(key) < 0).count();
    }

    /** Whether {@code token} is the first token of a series (its own key), not one of its renewals. */
    boolean isSeries(String token) {
        return subscriptions.containsKey(token);
    }

    /** Every purchase (unordered). */
    java.util.Collection<Purchase> purchases() {
        return purchases.values();
    }

    /** Every subscription series as last changed (unordered). */
    java.util.Collection<Subscription> storedSubscriptions() {
        return subscriptions.values();
    }

    /** Whether a purchase or a subscription series other than the one whose own key is {@code except} has the token. */
    boolean tokenTaken(String token, String except) {
        if (!token.equals(except) && purchases.containsKey(token)) {
            return true;
        }
        String series = seriesByToken.get(token);
        return series != null && !series.equals(except);
    }

    /** Removes a purchase; false if there was none. */
    boolean removePurchase(String token) {
        Purchase before = purchases.remove(token);
        if (before != null) {
            purchaseTokens.remove(token);
        }
        return before != null;
    }

    /** Removes the series whose first token is {@code linked}, and every one of its tokens from the index. */
    boolean removeSubscription(String linked) {
        Subscription before = subscriptions.remove(linked);
        if (before != null) {
            indexTokens(linked, before.tokens(), List.of());
        }
        return before != null;
    }

    /** One purchase as its fixtures entry. */
    static CafebazaarFixtures.Purchase exportPurchase(Purchase p) {
        return new CafebazaarFixtures.Purchase(
                p.token(),
                p.packageName(),
                p.productId(),
                TimeValue.of(p.purchaseTime()),
                p.developerPayload(),
                p.consumed(),
                p.refunded());
    }

    /** One subscription series, as last changed, as its fixtures entry. */
    static CafebazaarFixtures.Subscription exportSubscription(Subscription x) {
        return new CafebazaarFixtures.Subscription(
                x.linkedToken(),
                x.packageName(),
                x.subscriptionId(),
                TimeValue.of(x.initiation()),
                TimeValue.of(x.validUntil()),
                x.autoRenewing(),
                x.tokens().subList(1, x.tokens().size()),
                x.period(),
                x.billing().outcomes().approvesAll() ? null : x.billing().outcomes());
    }

    /** The series whose first token is {@code linked}, as last changed; null if there is none. */
    Subscription storedSubscription(String linked) {
        return subscriptions.get(linked);
    }

    /** Bills every renewal due by {@code now}, so each new token names its series. Deterministic, so idempotent. */
    public void renewAll(Instant now) {
        for (String linked : List.copyOf(subscriptions.keySet())) {
            settle(linked, now);
        }
    }

    private Subscription settle(String linked, Instant now) {
        Subscription before = subscriptions.get(linked);
        if (before == null || before.renewedBy(now) == before) {
            return before;
        }
        return replaceSubscription(linked, s -> s.renewedBy(now));
    }

    /** Changes one series atomically and keeps the token index in step (the series' own tokens only). */
    Subscription replaceSubscription(String linked, java.util.function.UnaryOperator<Subscription> change) {
        Subscription[] before = new Subscription[1];
        Subscription after = subscriptions.computeIfPresent(linked, (k, s) -> {
            before[0] = s;
            return change.apply(s);
        });
        if (after != null) {
            indexTokens(linked, before[0].tokens(), after.tokens());
        }
        return after;
    }

    /** Points every token of {@code now} at series {@code linked}, and forgets those of {@code was} it no longer has. */
    private void indexTokens(String linked, List<String> was, List<String> now) {
        for (String t : now) {
            seriesByToken.put(t, linked);
            subscriptionTokens.add(t);
        }
        Set<String> kept = now.size() > 8 ? new java.util.HashSet<>(now) : null;
        for (String t : was) {
            if (!(kept != null ? kept.contains(t) : now.contains(t)) && seriesByToken.remove(t, linked)) {
                subscriptionTokens.remove(t);
            }
        }
    }

    /** Changes one purchase atomically; null when there is no such purchase. */
    Purchase replacePurchase(String token, java.util.function.UnaryOperator<Purchase> change) {
        return purchases.computeIfPresent(token, (k, p) -> change.apply(p));
    }

    public CafebazaarSettings settings() {
        return settings;
    }

    public Optional<OAuthClient> client(String clientId) {
        return Optional.ofNullable(clientId == null ? null : clients.get(clientId));
    }

    public Account account(String accountId) {
        return accounts.get(accountId);
    }

    public Optional<Account> accountBySecret(String secret) {
        return Optional.ofNullable(accountsBySecret.get(secret));
    }

    public CafebazaarOAuth oauth() {
        return oauth;
    }

    DailyQuota quota() {
        return quota;
    }

    /** Adds or replaces a purchase. */
    public void putPurchase(Purchase purchase) {
        purchases.compute(purchase.token(), (token, before) -> {
            purchaseTokens.add(token);
            return purchase;
        });
    }

    /** Adds or replaces a subscription series, indexing every one of its tokens. */
    public void putSubscription(Subscription subscription) {
        Subscription before = subscriptions.put(subscription.linkedToken(), subscription);
        indexTokens(subscription.linkedToken(), before == null ? List.of() : before.tokens(), subscription.tokens());
    }

    public Optional<Purchase> purchase(String token) {
        return Optional.ofNullable(purchases.get(token));
    }

    /** The subscription identified by any of its billing tokens, as it stands at {@code now}. */
    public Optional<Subscription> subscription(String anyToken, Instant now) {
        String linked = seriesByToken.get(anyToken);
        return Optional.ofNullable(linked == null ? null : settle(linked, now));
    }

    /** The index names of near-miss hints ({@link MissedPurchase#kind}). */
    static final String PURCHASE = "purchase";

    static final String SUBSCRIPTION = "subscription";

    /** What a token names, for near-miss hints: a purchase's or a subscription's package and product. */
    Optional<Hints.Holder> holder(String token, boolean subscription) {
        if (subscription) {
            String linked = seriesByToken.get(token);
            Subscription s = linked == null ? null : subscriptions.get(linked);
            return Optional.ofNullable(s).map(x -> new Hints.Holder(x.packageName(), x.subscriptionId()));
        }
        return Optional.ofNullable(purchases.get(token)).map(p -> new Hints.Holder(p.packageName(), p.productId()));
    }

    /** The purchase tokens, or the subscription tokens, for near-miss hints. */
    NearMissIndex known(boolean subscription) {
        return subscription ? subscriptionTokens : purchaseTokens;
    }

    /** Marks a purchase consumed; exactly one of several concurrent calls succeeds. */
    Purchase consume(String packageName, String token) {
        Purchase[] result = new Purchase[1];
        purchases.compute(token, (t, p) -> {
            if (p == null || !p.packageName().equals(packageName)) {
                if (isSubscription(packageName, token)) {
                    throw new CafebazaarException(CafebazaarError.IS_SUBSCRIPTION);
                }
                throw new CafebazaarException(CafebazaarError.PURCHASE_NOT_FOUND)
                        .missing(new MissedPurchase(PURCHASE, token, packageName, null));
            }
            if (p.refunded()) {
                throw new CafebazaarException(CafebazaarError.IS_REFUNDED);
            }
            if (p.consumed()) {
                throw new CafebazaarException(CafebazaarError.ALREADY_CONSUMED);
            }
            result[0] = p.withConsumed(true);
            return result[0];
        });
        return result[0];
    }

    private boolean isSubscription(String packageName, String token) {
        String linked = seriesByToken.get(token);
        Subscription s = linked == null ? null : subscriptions.get(linked);
        return s != null && s.packageName().equals(packageName);
    }

    /** Turns auto-renewal off; the subscription stays valid until validUntil. Atomic. */
    Subscription cancel(String packageName, String subscriptionId, String token, Instant now) {
        Subscription found = subscription(token, now)
                .filter(s -> s.packageName().equals(packageName)
                        && s.subscriptionId().equals(subscriptionId))
                .orElseThrow(() -> new CafebazaarException(CafebazaarError.SUBSCRIPTION_NOT_FOUND)
                        .missing(new MissedPurchase(SUBSCRIPTION, token, packageName, subscriptionId)));
        Subscription[] result = new Subscription[1];
        subscriptions.compute(found.linkedToken(), (t, s) -> {
            if (!s.isActiveAt(now)) {
                throw new CafebazaarException(CafebazaarError.SUBSCRIPTION_NOT_ACTIVE, "The subscription has expired.");
            }
            if (!s.autoRenewing()) {
                throw new CafebazaarException(
                        CafebazaarError.SUBSCRIPTION_NOT_ACTIVE, "The subscription is already cancelled.");
            }
            result[0] = s.withAutoRenewing(false);
            return result[0];
        });
        return result[0];
    }
}
