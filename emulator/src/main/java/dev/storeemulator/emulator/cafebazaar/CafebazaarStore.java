package dev.storeemulator.emulator.cafebazaar;

import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.EntryFields;
import dev.storeemulator.emulator.fixtures.LargeArray;
import dev.storeemulator.emulator.spi.LiveStore;
import dev.storeemulator.emulator.spi.StoreKind;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Cafebazaar as the emulator registers it: the {@code cafebazaar:} fixtures section and its live store. */
public final class CafebazaarStore implements StoreKind<CafebazaarFixtures> {
    static final LargeArray PURCHASES = new LargeArray(
            CafebazaarFixtures.Purchase.class, CafebazaarStore::plainPurchase, CafebazaarModule.NAME, "purchases");
    static final LargeArray SUBSCRIPTIONS =
            new LargeArray(CafebazaarFixtures.Subscription.class, null, CafebazaarModule.NAME, "subscriptions");

    @Override
    public List<String> realHosts() {
        return CafebazaarModule.REAL_HOSTS;
    }

    @Override
    public String name() {
        return CafebazaarModule.NAME;
    }

    @Override
    public Class<CafebazaarFixtures> type() {
        return CafebazaarFixtures.class;
    }

    @Override
    public CafebazaarFixtures empty() {
        return CafebazaarFixtures.empty();
    }

    @Override
    public List<LargeArray> largeArrays() {
        return List.of(PURCHASES, SUBSCRIPTIONS);
    }

    @Override
    public CafebazaarFixtures fill(CafebazaarFixtures c, Map<LargeArray, List<Object>> entries) {
        return new CafebazaarFixtures(
                c.accounts(),
                PURCHASES.entriesOr(entries, c.purchases()),
                SUBSCRIPTIONS.entriesOr(entries, c.subscriptions()),
                c.issuedTokens(),
                c.settings());
    }

    @Override
    public LiveStore<CafebazaarFixtures> create(CafebazaarFixtures fixtures, VirtualClock clock) {
        return new CafebazaarModule(fixtures, clock);
    }

    /**
     * A purchase entry of the plain shape bound by hand (several times cheaper than Jackson's record binding,
     * the same record); null for another shape, which Jackson then binds. A test holds it to Jackson's result.
     */
    public static CafebazaarFixtures.Purchase plainPurchase(JsonNode entry) {
        EntryFields f = new EntryFields(entry);
        CafebazaarFixtures.Purchase p = new CafebazaarFixtures.Purchase(
                f.string("token"),
                f.string("packageName"),
                f.string("productId"),
                f.time("purchaseTime"),
                f.string("developerPayload"),
                f.flag("consumed"),
                f.flag("refunded"));
        return f.plain() ? p : null;
    }
}
