package dev.storeemulator.emulator.cafebazaar;

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
    private final Map<String, Account> accounts;
    private final Map<String, OAuthClient> clients;
    private final Map<String, Account> accountsBySecret;
    private final ConcurrentHashMap<String, Purchase> purchases = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> seriesByToken = new ConcurrentHashMap<>();
    private final CafebazaarOAuth oauth;
    private final DailyQuota quota;
    private final CafebazaarSettings settings;

    CafebazaarState(List<Account> accounts, List<OAuthClient> clients, CafebazaarSettings settings) {
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
        this.oauth = new CafebazaarOAuth(settings);
        this.quota = new DailyQuota(settings.dailyQuota());
        this.settings = settings;
    }

    /** Builds the state a fixtures section describes; relative times resolve against {@code now}. */
    public static CafebazaarState load(CafebazaarFixtures f, Instant now) {
        List<Account> accounts = new ArrayList<>();
        List<OAuthClient> clients = new ArrayList<>();
        for (CafebazaarFixtures.Account a : f.accounts()) {
            accounts.add(new Account(a.id(), Set.copyOf(a.packages()), a.pishkhanSecret()));
            a.clients().forEach(c -> clients.add(new OAuthClient(c.clientId(), c.clientSecret(), c.redirectUri(), a.id())));
        }
        CafebazaarState state = new CafebazaarState(accounts, clients, f.settings());
        for (CafebazaarFixtures.Purchase p : f.purchases()) {
            Instant time = p.purchaseTime() == null ? now : p.purchaseTime().resolve(now);
            state.putPurchase(new Purchase(p.token(), p.packageName(), p.productId(), time,
                    p.developerPayload(), p.consumed(), p.refunded()));
        }
        for (CafebazaarFixtures.Subscription s : f.subscriptions()) {
            List<String> tokens = new ArrayList<>();
            tokens.add(s.token());
            tokens.addAll(s.renewalTokens());
            Instant initiation = s.initiationTime() == null ? now : s.initiationTime().resolve(now);
            state.putSubscription(new Subscription(s.packageName(), s.subscriptionId(), initiation,
                    s.validUntil().resolve(now), s.autoRenewing(), tokens));
        }
        for (CafebazaarFixtures.IssuedToken t : f.issuedTokens()) {
            Instant expiresAt = t.expiresAt() == null ? now.plus(f.settings().accessTokenTtl()) : t.expiresAt().resolve(now);
            state.oauth().register(t.clientId(), t.accessToken(), t.refreshToken(), expiresAt);
        }
        return state;
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
        purchases.put(purchase.token(), purchase);
    }

    /** Adds or replaces a subscription series, indexing every one of its tokens. */
    public void putSubscription(Subscription subscription) {
        subscriptions.put(subscription.linkedToken(), subscription);
        subscription.tokens().forEach(t -> seriesByToken.put(t, subscription.linkedToken()));
    }

    public Optional<Purchase> purchase(String token) {
        return Optional.ofNullable(purchases.get(token));
    }

    /** The subscription identified by any of its billing tokens. */
    public Optional<Subscription> subscription(String anyToken) {
        String linked = seriesByToken.get(anyToken);
        return Optional.ofNullable(linked == null ? null : subscriptions.get(linked));
    }

    /** Marks a purchase consumed; exactly one of several concurrent calls succeeds. */
    Purchase consume(String packageName, String token) {
        Purchase[] result = new Purchase[1];
        purchases.compute(token, (t, p) -> {
            if (p == null || !p.packageName().equals(packageName)) {
                throw new CafebazaarException(isSubscription(packageName, token)
                        ? CafebazaarError.IS_SUBSCRIPTION : CafebazaarError.PURCHASE_NOT_FOUND);
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
        return subscription(token).filter(s -> s.packageName().equals(packageName)).isPresent();
    }

    /** Turns auto-renewal off; the subscription stays valid until validUntil. Atomic. */
    Subscription cancel(String packageName, String subscriptionId, String token, Instant now) {
        Subscription found = subscription(token)
                .filter(s -> s.packageName().equals(packageName) && s.subscriptionId().equals(subscriptionId))
                .orElseThrow(() -> new CafebazaarException(CafebazaarError.SUBSCRIPTION_NOT_FOUND));
        Subscription[] result = new Subscription[1];
        subscriptions.compute(found.linkedToken(), (t, s) -> {
            if (!s.isActiveAt(now)) {
                throw new CafebazaarException(CafebazaarError.SUBSCRIPTION_NOT_ACTIVE, "The subscription has expired.");
            }
            if (!s.autoRenewing()) {
                throw new CafebazaarException(CafebazaarError.SUBSCRIPTION_NOT_ACTIVE,
                        "The subscription is already cancelled.");
            }
            result[0] = s.withAutoRenewing(false);
            return result[0];
        });
        return result[0];
    }
}
