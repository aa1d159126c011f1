package dev.storeemulator.emulator.onestore;

import java.util.Comparator;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Each package's purchases by the time they are (or will be, if nothing changes) cancelled, then by
 * purchaseId: an explicit voidedTime, or for a purchase neither consumed nor acknowledged, its automatic
 * refund 3 days after purchase. A voided-purchases page reads only its own slice of this order, so paging
 * costs the page, not the history.
 */
final class VoidIndex {
    /** Where a purchase sits in the order. */
    record Key(long voidedMillis, String purchaseId) {}

    static final Comparator<Key> ORDER =
            Comparator.comparingLong(Key::voidedMillis).thenComparing(Key::purchaseId);

    private final ConcurrentHashMap<String, ConcurrentSkipListSet<Key>> byPackage = new ConcurrentHashMap<>();

    /** Moves a purchase's entry from where {@code before} put it to where {@code after} puts it (either may be null). */
    void update(OneStorePurchase before, OneStorePurchase after) {
        Key old = key(before);
        Key now = key(after);
        if (old != null && !old.equals(now)) {
            set(before.packageName()).remove(old);
        }
        if (now != null) {
            set(after.packageName()).add(now);
        }
    }

    /** The package's entries from {@code from} (exclusive when {@code exclusive}) in order. */
    NavigableSet<Key> from(String packageName, Key from, boolean exclusive) {
        ConcurrentSkipListSet<Key> set = byPackage.get(packageName);
        return set == null ? new ConcurrentSkipListSet<>(ORDER) : set.tailSet(from, !exclusive);
    }

    /** Every package's entries whose time is from {@code fromMillis} to {@code toMillis}, both included. */
    java.util.List<Key> between(long fromMillis, long toMillis) {
        java.util.List<Key> all = new java.util.ArrayList<>();
        if (fromMillis > toMillis) {
            return all;
        }
        for (ConcurrentSkipListSet<Key> set : byPackage.values()) {
            all.addAll(set.subSet(new Key(fromMillis, ""), true, new Key(toMillis, "\uffff\uffff"), true));
        }
        return all;
    }

    static Key key(OneStorePurchase p) {
        if (p == null) {
            return null;
        }
        if (p.voidedTime() != null) {
            return new Key(p.voidedTime().toEpochMilli(), p.purchaseId());
        }
        return p.consumed() || p.acknowledged()
                ? null
                : new Key(
                        p.purchaseTime()
                                .plus(OneStorePurchase.AUTO_REFUND_AFTER)
                                .toEpochMilli(),
                        p.purchaseId());
    }

    private ConcurrentSkipListSet<Key> set(String packageName) {
        return byPackage.computeIfAbsent(packageName, k -> new ConcurrentSkipListSet<>(ORDER));
    }
}
