package dev.storeemulator.emulator.onestore;

import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.EntryFields;
import dev.storeemulator.emulator.fixtures.LargeArray;
import dev.storeemulator.emulator.spi.LiveStore;
import dev.storeemulator.emulator.spi.StoreKind;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** ONE store as the emulator registers it: the {@code onestore:} fixtures section and its live store. */
public final class OneStoreStore implements StoreKind<OneStoreFixtures> {
    static final LargeArray SANDBOX_PURCHASES = new LargeArray(
            OneStoreFixtures.Purchase.class, OneStoreStore::plainPurchase, OneStoreModule.NAME, "sandbox", "purchases");
    static final LargeArray SANDBOX_RECURRING =
            new LargeArray(OneStoreFixtures.Recurring.class, null, OneStoreModule.NAME, "sandbox", "recurring");
    static final LargeArray COMMERCIAL_PURCHASES = new LargeArray(
            OneStoreFixtures.Purchase.class,
            OneStoreStore::plainPurchase,
            OneStoreModule.NAME,
            "commercial",
            "purchases");
    static final LargeArray COMMERCIAL_RECURRING =
            new LargeArray(OneStoreFixtures.Recurring.class, null, OneStoreModule.NAME, "commercial", "recurring");

    @Override
    public List<String> realHosts() {
        return OneStoreModule.REAL_HOSTS;
    }

    @Override
    public String name() {
        return OneStoreModule.NAME;
    }

    @Override
    public Class<OneStoreFixtures> type() {
        return OneStoreFixtures.class;
    }

    @Override
    public OneStoreFixtures empty() {
        return OneStoreFixtures.empty();
    }

    @Override
    public List<LargeArray> largeArrays() {
        return List.of(SANDBOX_PURCHASES, SANDBOX_RECURRING, COMMERCIAL_PURCHASES, COMMERCIAL_RECURRING);
    }

    @Override
    public OneStoreFixtures fill(OneStoreFixtures o, Map<LargeArray, List<Object>> entries) {
        return new OneStoreFixtures(
                o.apps(),
                world(o.sandbox(), entries, SANDBOX_PURCHASES, SANDBOX_RECURRING),
                world(o.commercial(), entries, COMMERCIAL_PURCHASES, COMMERCIAL_RECURRING),
                o.settings());
    }

    private static OneStoreFixtures.World world(
            OneStoreFixtures.World w,
            Map<LargeArray, List<Object>> entries,
            LargeArray purchases,
            LargeArray recurring) {
        if (!entries.containsKey(purchases) && !entries.containsKey(recurring)) {
            return w;
        }
        return new OneStoreFixtures.World(
                purchases.entriesOr(entries, w.purchases()),
                recurring.entriesOr(entries, w.recurring()),
                w.issuedTokens());
    }

    @Override
    public LiveStore<OneStoreFixtures> create(OneStoreFixtures fixtures, VirtualClock clock) {
        return new OneStoreModule(fixtures, clock);
    }

    @Override
    public LiveStore<OneStoreFixtures> create(
            OneStoreFixtures fixtures, VirtualClock clock, dev.storeemulator.emulator.notify.Outbox outbox) {
        return new OneStoreModule(fixtures, clock, outbox);
    }

    /** A purchase entry of the plain shape bound by hand; null for another (see CafebazaarStore#plainPurchase). */
    public static OneStoreFixtures.Purchase plainPurchase(JsonNode entry) {
        EntryFields f = new EntryFields(entry);
        OneStoreFixtures.Purchase p = new OneStoreFixtures.Purchase(
                f.string("purchaseId"),
                f.string("packageName"),
                f.string("productId"),
                f.time("purchaseTime"),
                f.string("developerPayload"),
                f.flag("consumed"),
                f.flag("acknowledged"),
                f.time("voidedTime"),
                f.string("purchaseToken"),
                f.integer("quantity"),
                f.string("price"),
                f.string("priceCurrencyCode"),
                f.string("productName"),
                f.optionalFlag("notify"));
        return f.plain() ? p : null;
    }
}
