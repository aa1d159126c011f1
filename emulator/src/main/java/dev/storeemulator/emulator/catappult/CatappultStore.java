package dev.storeemulator.emulator.catappult;

import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.EntryFields;
import dev.storeemulator.emulator.fixtures.LargeArray;
import dev.storeemulator.emulator.spi.LiveStore;
import dev.storeemulator.emulator.spi.StoreKind;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Catappult as the emulator registers it: the {@code catappult:} fixtures section and its live store. */
public final class CatappultStore implements StoreKind<CatappultFixtures> {
    static final LargeArray PURCHASES = new LargeArray(
            CatappultFixtures.Purchase.class, CatappultStore::plainPurchase, CatappultModule.NAME, "purchases");
    static final LargeArray SUBSCRIPTIONS =
            new LargeArray(CatappultFixtures.Subscription.class, null, CatappultModule.NAME, "subscriptions");

    @Override
    public List<String> realHosts() {
        return CatappultModule.REAL_HOSTS;
    }

    @Override
    public String name() {
        return CatappultModule.NAME;
    }

    @Override
    public Class<CatappultFixtures> type() {
        return CatappultFixtures.class;
    }

    @Override
    public CatappultFixtures empty() {
        return CatappultFixtures.empty();
    }

    @Override
    public List<LargeArray> largeArrays() {
        return List.of(PURCHASES, SUBSCRIPTIONS);
    }

    @Override
    public CatappultFixtures fill(CatappultFixtures a, Map<LargeArray, List<Object>> entries) {
        return new CatappultFixtures(
                a.apps(),
                PURCHASES.entriesOr(entries, a.purchases()),
                SUBSCRIPTIONS.entriesOr(entries, a.subscriptions()),
                a.settings(),
                a.transactions());
    }

    @Override
    public LiveStore<CatappultFixtures> create(CatappultFixtures fixtures, VirtualClock clock) {
        return new CatappultModule(fixtures, clock);
    }

    @Override
    public LiveStore<CatappultFixtures> create(
            CatappultFixtures fixtures, VirtualClock clock, dev.storeemulator.emulator.notify.Outbox outbox) {
        return new CatappultModule(fixtures, clock, outbox);
    }

    /** A purchase entry of the plain shape bound by hand; null for another (see CafebazaarStore#plainPurchase). */
    public static CatappultFixtures.Purchase plainPurchase(JsonNode entry) {
        EntryFields f = new EntryFields(entry);
        CatappultFixtures.Purchase p = new CatappultFixtures.Purchase(
                f.string("token"),
                f.string("packageName"),
                f.string("productId"),
                f.time("purchaseTime"),
                f.string("developerPayload"),
                f.string("orderId"),
                f.flag("consumed"),
                f.optionalFlag("acknowledged"),
                f.string("regionCode"),
                f.string("currency"),
                f.time("voidedTime"),
                f.integer("voidedReason"));
        return f.plain() ? p : null;
    }
}
