package dev.storeemulator.emulator.persist;

import dev.storeemulator.emulator.admin.EditableStore;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.faults.Faults;
import dev.storeemulator.emulator.fixtures.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** Takes a {@link Snapshot} of a running emulator: each store's export, the fault rules, the clock, the reset point. */
public final class Snapshots implements Supplier<Snapshot> {
    private final List<EditableStore> stores;
    private final Faults faults;
    private final VirtualClock clock;
    private final Supplier<Fixtures> baseline;
    private final String startedFrom;
    private final Supplier<List<dev.storeemulator.emulator.notify.SavedDelivery>> pending;
    private Fixtures baselineSeen;
    private JsonNode baselineTree;

    public Snapshots(
            List<EditableStore> stores,
            Faults faults,
            VirtualClock clock,
            Supplier<Fixtures> baseline,
            String startedFrom,
            Supplier<List<dev.storeemulator.emulator.notify.SavedDelivery>> pending) {
        this.pending = pending;
        this.stores = List.copyOf(stores);
        this.faults = faults;
        this.clock = clock;
        this.baseline = baseline;
        this.startedFrom = startedFrom;
    }

    /** The world as a fixtures document with absolute times: what {@code GET /__admin/fixtures} shows, plus faults. */
    public Map<String, Object> world() {
        Map<String, Object> doc = new LinkedHashMap<>();
        stores.forEach(s -> doc.put(s.name(), s.saveSection()));
        doc.put("faults", faults.rules());
        return doc;
    }

    /**
     * The reset point's document is saved only when a client replaced it ({@code PUT /__admin/fixtures}): the
     * fixtures the emulator was started with are read again at the next start, so they cost no write.
     */
    @Override
    public synchronized Snapshot get() {
        Fixtures base = baseline.get();
        if (base != baselineSeen) {
            baselineTree = base.source() != null && base.source().equals(startedFrom)
                    ? null
                    : JsonMappers.export().valueToTree(base);
            baselineSeen = base;
        }
        return Snapshot.of(
                clock, startedFrom, new Snapshot.Baseline(base.source(), baselineTree), world(), pending.get());
    }
}
