package dev.storeemulator.emulator.catappult;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Each package's voided purchases by voidedTime, then token: the voided-purchases list reads only the slice
 * from its {@code startTime} to now, so its cost is the answer's, not the number of purchases.
 */
final class VoidedOrder {
    /** Where a purchase sits in the order. */
    record Key(Instant voidedTime, String token) {}

    private static final Comparator<Key> ORDER =
            Comparator.comparing(Key::voidedTime).thenComparing(Key::token);

    private final ConcurrentHashMap<String, ConcurrentSkipListSet<Key>> byPackage = new ConcurrentHashMap<>();

    /** Moves a purchase from where {@code before} put it to where {@code after} puts it (either may be null). */
    void update(Purchase before, Purchase after) {
        Key old = key(before);
        Key now = key(after);
        if (old != null && !old.equals(now)) {
            set(before.packageName()).remove(old);
        }
        if (now != null) {
            set(after.packageName()).add(now);
        }
    }

    /**
     * The package's purchases voided from {@code since} up to {@code now}, in order, each as it stands in
     * {@code purchases} (an entry moved meanwhile is left to where it now sits).
     */
    List<Purchase> between(String packageName, Instant since, Instant now, Map<String, Purchase> purchases) {
        ConcurrentSkipListSet<Key> set = byPackage.get(packageName);
        if (set == null || since.isAfter(now)) {
            return List.of();
        }
        return set.subSet(new Key(since, ""), true, new Key(now, "\uffff\uffff"), true).stream()
                .map(k -> {
                    Purchase p = purchases.get(k.token());
                    return p != null && k.equals(key(p)) && p.canceledAt(now) ? p : null;
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** The packages that have (or had) voided purchases. */
    java.util.Set<String> packages() {
        return byPackage.keySet();
    }

    private static Key key(Purchase p) {
        return p == null || p.voidedTime() == null ? null : new Key(p.voidedTime(), p.token());
    }

    private ConcurrentSkipListSet<Key> set(String packageName) {
        return byPackage.computeIfAbsent(packageName, k -> new ConcurrentSkipListSet<>(ORDER));
    }
}
