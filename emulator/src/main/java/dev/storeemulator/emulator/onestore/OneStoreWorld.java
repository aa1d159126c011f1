package dev.storeemulator.emulator.onestore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One environment (sandbox or commercial): its tokens, purchases, recurring series and voided-list cursors. */
public final class OneStoreWorld {
    private final OneStoreTokens tokens;
    private final ConcurrentHashMap<String, OneStorePurchase> purchases = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, RecurringPurchase> recurring = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> purchaseIdByToken = new ConcurrentHashMap<>();
    private final VoidedCursors cursors = new VoidedCursors();

    OneStoreWorld(OneStoreTokens tokens) {
        this.tokens = tokens;
    }

    OneStoreTokens tokens() {
        return tokens;
    }

    /** Registers an access token with a chosen value for a client (a package name), valid until {@code expiresAt}. */
    public void registerToken(String value, String clientId, Instant expiresAt) {
        tokens.register(value, clientId, expiresAt);
    }

    VoidedCursors cursors() {
        return cursors;
    }

    public void putPurchase(OneStorePurchase purchase) {
        purchases.put(purchase.purchaseId(), purchase);
        purchaseIdByToken.put(purchase.purchaseToken(), purchase.purchaseId());
    }

    public void putRecurring(RecurringPurchase series) {
        recurring.put(series.purchaseId(), series);
    }

    public Optional<OneStorePurchase> purchase(String purchaseId, String packageName) {
        return Optional.ofNullable(purchases.get(purchaseId)).filter(p -> p.packageName().equals(packageName));
    }

    public Optional<RecurringPurchase> recurring(String purchaseId, String packageName) {
        return Optional.ofNullable(recurring.get(purchaseId)).filter(r -> r.packageName().equals(packageName));
    }

    /** The purchase a v7 purchase token names, for that app and product. */
    public Optional<OneStorePurchase> byToken(String purchaseToken, String packageName, String productId) {
        String purchaseId = purchaseIdByToken.get(purchaseToken);
        return Optional.ofNullable(purchaseId == null ? null : purchases.get(purchaseId))
                .filter(p -> p.packageName().equals(packageName) && p.productId().equals(productId));
    }

    /** v7 acknowledge: once per purchase; a cancelled purchase cannot be acknowledged. Atomic. */
    void acknowledge(String purchaseId, Instant now) {
        purchases.compute(purchaseId, (id, p) -> {
            if (p.acknowledged()) {
                throw new OneStoreException(OneStoreError.INVALID_PURCHASE_STATE, "The purchase is already acknowledged.");
            }
            if (p.voidedAt(now) != null) {
                throw new OneStoreException(OneStoreError.INVALID_PURCHASE_STATE, "The purchase is cancelled.");
            }
            return p.acknowledgedNow();
        });
    }

    List<OneStorePurchase> purchasesOf(String packageName) {
        return purchases.values().stream().filter(p -> p.packageName().equals(packageName)).toList();
    }

    /** Consumes atomically: exactly one of several concurrent calls succeeds. */
    void consume(String purchaseId, String packageName, Instant now) {
        purchases.compute(purchaseId, (id, p) -> {
            if (p == null || !p.packageName().equals(packageName)) {
                throw new OneStoreException(OneStoreError.NO_SUCH_DATA);
            }
            if (p.consumed()) {
                throw new OneStoreException(OneStoreError.INVALID_PURCHASE_STATE, "The purchase is already consumed.");
            }
            if (p.voidedAt(now) != null) {
                throw new OneStoreException(OneStoreError.INVALID_PURCHASE_STATE, "The purchase is cancelled.");
            }
            return p.consumedNow();
        });
    }

    /** {@code cancel} reserves the cancellation of a renewing series; {@code reactivate} undoes it. Atomic. */
    void managePaymentStatus(String purchaseId, String packageName, boolean cancel, Instant now) {
        recurring.compute(purchaseId, (id, r) -> {
            if (r == null || !r.packageName().equals(packageName)) {
                throw new OneStoreException(OneStoreError.NO_SUCH_DATA);
            }
            if (!r.isActiveAt(now)) {
                throw new OneStoreException(OneStoreError.INVALID_PURCHASE_STATE, "The subscription has expired.");
            }
            if (r.renewing() != cancel) {
                throw new OneStoreException(OneStoreError.INVALID_PURCHASE_STATE, cancel
                        ? "The subscription's cancellation is already reserved." : "The subscription is already renewing.");
            }
            return r.withRenewing(!cancel);
        });
    }
}
