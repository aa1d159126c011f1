package dev.storeemulator.emulator.onestore;

import dev.storeemulator.emulator.journal.Hints;
import dev.storeemulator.emulator.journal.NearMissIndex;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * One environment (sandbox or commercial): its tokens, purchases, recurring series and voided-list
 * cursors. Recurring series are read as they stand at a given instant ({@link RecurringPurchase#renewedBy}).
 */
public final class OneStoreWorld {
    private final OneStoreTokens tokens;
    private final VoidedCursors cursors;
    private final ConcurrentHashMap<String, OneStorePurchase> purchases = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, RecurringPurchase> recurring = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> purchaseIdByToken = new ConcurrentHashMap<>();
    private final VoidIndex voids = new VoidIndex();
    private final NearMissIndex purchaseIds = new NearMissIndex();
    private final NearMissIndex recurringIds = new NearMissIndex();
    private final NearMissIndex purchaseTokens = new NearMissIndex();

    OneStoreWorld(OneStoreTokens tokens, VoidedCursors cursors) {
        this.tokens = tokens;
        this.cursors = cursors;
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

    /** Adds a purchase, or replaces the one with its purchaseId in one step; answers the one replaced, or null. */
    public OneStorePurchase putPurchase(OneStorePurchase purchase) {
        OneStorePurchase[] replaced = new OneStorePurchase[1];
        purchases.compute(purchase.purchaseId(), (id, before) -> {
            replaced[0] = before;
            voids.update(before, purchase);
            purchaseIds.add(id);
            if (before != null
                    && !before.purchaseToken().equals(purchase.purchaseToken())
                    && purchaseIdByToken.remove(before.purchaseToken(), id)) {
                purchaseTokens.remove(before.purchaseToken());
            }
            purchaseIdByToken.put(purchase.purchaseToken(), id);
            purchaseTokens.add(purchase.purchaseToken());
            return purchase;
        });
        return replaced[0];
    }

    /** Adds a series, or replaces the one with its purchaseId in one step; answers the one replaced, or null. */
    public RecurringPurchase putRecurring(RecurringPurchase series) {
        RecurringPurchase[] replaced = new RecurringPurchase[1];
        recurring.compute(series.purchaseId(), (id, before) -> {
            replaced[0] = before;
            recurringIds.add(id);
            return series;
        });
        return replaced[0];
    }

    /** Removes a purchase and what indexes it; null if there was none. */
    OneStorePurchase removePurchase(String purchaseId) {
        OneStorePurchase[] before = new OneStorePurchase[1];
        purchases.computeIfPresent(purchaseId, (id, p) -> {
            before[0] = p;
            voids.update(p, null);
            purchaseIds.remove(id);
            if (purchaseIdByToken.remove(p.purchaseToken(), id)) {
                purchaseTokens.remove(p.purchaseToken());
            }
            return null;
        });
        return before[0];
    }

    /** Removes a recurring series; null if there was none. */
    RecurringPurchase removeRecurring(String purchaseId) {
        RecurringPurchase[] before = new RecurringPurchase[1];
        recurring.computeIfPresent(purchaseId, (id, r) -> {
            before[0] = r;
            recurringIds.remove(id);
            return null;
        });
        return before[0];
    }

    /** How many purchases there are, or recurring series. */
    long count(boolean recurringSeries) {
        return recurringSeries ? recurring.size() : purchases.size();
    }

    /** How many purchases (or series) sort before {@code purchaseId} in the export: where it stands there. */
    long position(String purchaseId, boolean recurringSeries) {
        java.util.Set<String> ids = recurringSeries ? recurring.keySet() : purchases.keySet();
        return ids.stream().filter(k -> k.compareTo(purchaseId) < 0).count();
    }

    /** Whether a purchase or a series other than {@code except} has the purchaseId. */
    boolean idTaken(String purchaseId, String except) {
        return !purchaseId.equals(except) && (purchases.containsKey(purchaseId) || recurring.containsKey(purchaseId));
    }

    /** Whether a purchase other than {@code except} has the v7 purchase token. */
    boolean tokenTaken(String purchaseToken, String except) {
        String id = purchaseIdByToken.get(purchaseToken);
        return id != null && !id.equals(except);
    }

    public Optional<OneStorePurchase> purchase(String purchaseId, String packageName) {
        return Optional.ofNullable(purchases.get(purchaseId))
                .filter(p -> p.packageName().equals(packageName));
    }

    /** The series of that app as it stands at {@code now}. */
    public Optional<RecurringPurchase> recurring(String purchaseId, String packageName, Instant now) {
        return Optional.ofNullable(recurring.get(purchaseId))
                .filter(r -> r.packageName().equals(packageName))
                .map(r -> r.renewedBy(now));
    }

    /** The index names of near-miss hints ({@link dev.storeemulator.emulator.journal.MissedPurchase#kind}). */
    static final String PURCHASES = "purchase";

    static final String RECURRING = "recurring";
    static final String TOKENS = "purchaseToken";

    /** What a purchaseId names (a purchase, or a recurring series), for near-miss hints. */
    Optional<Hints.Holder> holder(String purchaseId, boolean recurringSeries) {
        return recurringSeries
                ? Optional.ofNullable(recurring.get(purchaseId))
                        .map(r -> new Hints.Holder(r.packageName(), r.productId()))
                : Optional.ofNullable(purchases.get(purchaseId))
                        .map(p -> new Hints.Holder(p.packageName(), p.productId()));
    }

    /** What a v7 purchase token names, for near-miss hints. */
    Optional<Hints.Holder> holderByToken(String purchaseToken) {
        String id = purchaseIdByToken.get(purchaseToken);
        return id == null ? Optional.empty() : holder(id, false);
    }

    /** The purchaseIds of purchases or of recurring series, for near-miss hints. */
    NearMissIndex knownIds(boolean recurringSeries) {
        return recurringSeries ? recurringIds : purchaseIds;
    }

    /** The v7 purchase tokens, for near-miss hints. */
    NearMissIndex knownTokens() {
        return purchaseTokens;
    }

    /** The purchase a v7 purchase token names, for that app and product. */
    public Optional<OneStorePurchase> byToken(String purchaseToken, String packageName, String productId) {
        String purchaseId = purchaseIdByToken.get(purchaseToken);
        return Optional.ofNullable(purchaseId == null ? null : purchases.get(purchaseId))
                .filter(p ->
                        p.packageName().equals(packageName) && p.productId().equals(productId));
    }

    /** Every purchase, by purchaseId. */
    List<OneStorePurchase> purchases() {
        return purchases.values().stream()
                .sorted(Comparator.comparing(OneStorePurchase::purchaseId))
                .toList();
    }

    /** Every series as last changed (what the clock has done since is not folded in). */
    java.util.Collection<RecurringPurchase> storedRecurring() {
        return recurring.values();
    }

    /** One series as last changed; null if there is none. */
    RecurringPurchase storedRecurring(String purchaseId) {
        return recurring.get(purchaseId);
    }

    /** Every series as it stands at {@code now}, by purchaseId. */
    List<RecurringPurchase> recurring(Instant now) {
        return recurring.values().stream()
                .map(r -> r.renewedBy(now))
                .sorted(Comparator.comparing(RecurringPurchase::purchaseId))
                .toList();
    }

    /** The package's purchases in the order they are (or will be) cancelled, from {@code from}. */
    java.util.NavigableSet<VoidIndex.Key> voidOrder(String packageName, VoidIndex.Key from, boolean exclusive) {
        return voids.from(packageName, from, exclusive);
    }

    /**
     * The purchases whose cancellation (explicit, or the automatic refund) falls from {@code then} to {@code now}:
     * what a move of the clock may have cancelled, at their cost, not the world's.
     */
    List<OneStorePurchase> cancellingBetween(Instant then, Instant now) {
        List<OneStorePurchase> due = new java.util.ArrayList<>();
        for (VoidIndex.Key k : voids.between(then.toEpochMilli(), now.toEpochMilli())) {
            OneStorePurchase p = purchases.get(k.purchaseId());
            if (p != null && k.equals(VoidIndex.key(p))) {
                due.add(p);
            }
        }
        return due;
    }

    /** One series of any app as it stands at {@code now}; null if there is none. */
    RecurringPurchase recurringById(String purchaseId, Instant now) {
        RecurringPurchase r = recurring.get(purchaseId);
        return r == null ? null : r.renewedBy(now);
    }

    OneStorePurchase purchaseById(String purchaseId) {
        return purchases.get(purchaseId);
    }

    /**
     * Changes one purchase atomically (exactly one of several concurrent calls sees the old state); empty
     * when there is no such purchase. {@code change} may throw to refuse.
     */
    Optional<OneStorePurchase> changePurchase(String purchaseId, UnaryOperator<OneStorePurchase> change) {
        return Optional.ofNullable(purchases.computeIfPresent(purchaseId, (id, p) -> {
            OneStorePurchase after = change.apply(p);
            voids.update(p, after);
            return after;
        }));
    }

    /** Changes one series, as it stands at {@code now}, atomically; empty when there is no such series. */
    Optional<RecurringPurchase> changeRecurring(
            String purchaseId, Instant now, UnaryOperator<RecurringPurchase> change) {
        return Optional.ofNullable(recurring.computeIfPresent(purchaseId, (id, r) -> change.apply(r.renewedBy(now))));
    }

    /** v2 consume by purchaseId, for the app the token opens. */
    void consume(String purchaseId, String packageName, Instant now) {
        changePurchase(purchaseId, p -> requirePackage(p, packageName).consumed(now))
                .orElseThrow(() -> missed(PURCHASES, purchaseId, packageName));
    }

    /** v7 acknowledge: once per purchase; a cancelled purchase cannot be acknowledged. */
    void acknowledge(String purchaseId, Instant now) {
        changePurchase(purchaseId, p -> p.acknowledged(now)).orElseThrow(OneStoreWorld::noSuchData);
    }

    /** {@code cancel} reserves the cancellation of a renewing series; {@code reactivate} undoes it. */
    void managePaymentStatus(String purchaseId, String packageName, boolean cancel, Instant now) {
        changeRecurring(purchaseId, now, r -> {
                    if (!r.packageName().equals(packageName)) {
                        throw missed(RECURRING, purchaseId, packageName);
                    }
                    return r.withPaymentStatus(cancel, now);
                })
                .orElseThrow(() -> missed(RECURRING, purchaseId, packageName));
    }

    private static OneStorePurchase requirePackage(OneStorePurchase p, String packageName) {
        if (!p.packageName().equals(packageName)) {
            throw missed(PURCHASES, p.purchaseId(), packageName);
        }
        return p;
    }

    private static OneStoreException noSuchData() {
        return new OneStoreException(OneStoreError.NO_SUCH_DATA);
    }

    private static OneStoreException missed(String kind, String purchaseId, String packageName) {
        return OneStoreHandlers.noSuchData(kind, purchaseId, packageName, null);
    }
}
