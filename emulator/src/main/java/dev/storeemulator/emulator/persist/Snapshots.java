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
    private List<dev.storeemulator.emulator.notify.SavedDelivery> pendingLogged;
    private JsonNode faultsLogged;

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

    /** The control plane's calls that change only the fault rules, which a log record carries. */
    private static final java.util.Set<String> FAULT_OPERATIONS = java.util.Set.of(
            dev.storeemulator.admin.api.AdminRoutes.ADD_FAULT.operation(),
            dev.storeemulator.admin.api.AdminRoutes.REMOVE_FAULT.operation(),
            dev.storeemulator.admin.api.AdminRoutes.CLEAR_FAULTS.operation());

    /**
     * Whether a call of {@code operation} on store {@code store} changes only what a log record carries: entries its
     * store logs, or the fault rules. A control-plane call ({@code admin}) is logged when the store it acts on logs
     * it (their operations are named after the store) or when it changes only the fault rules.
     */
    public boolean logsEntries(String store, String operation) {
        boolean admin = "admin".equals(store);
        if (admin && FAULT_OPERATIONS.contains(operation)) {
            return true;
        }
        for (EditableStore s : stores) {
            if ((admin || s.name().equals(store)) && s instanceof LoggedEntries logged) {
                if (logged.loggedOperations().contains(operation)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The change log's record {@code seq}: every entry the stores changed since the last record, the clock,
     * and the pending notifications and the fault rules when they changed; null when there is nothing to record. Called with
     * the records serialised.
     */
    public byte[] changes(long seq) {
        List<Map<String, Object>> entries = new java.util.ArrayList<>();
        for (EditableStore s : stores) {
            if (s instanceof LoggedEntries logged) {
                for (LoggedEntries.EntryChange c : logged.drainChanges()) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("store", s.name());
                    e.put("section", c.section());
                    e.put("keyField", c.keyField());
                    e.put("key", c.key());
                    e.put("value", c.value());
                    entries.add(e);
                }
            }
        }
        List<dev.storeemulator.emulator.notify.SavedDelivery> now = pending.get();
        boolean notificationsChanged = !now.equals(pendingLogged);
        JsonNode rules = JsonMappers.export().valueToTree(faults.rules());
        boolean faultsChanged = !rules.equals(faultsLogged);
        if (entries.isEmpty() && !notificationsChanged && !faultsChanged) {
            return null;
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("seq", seq);
        record.put("clock", Snapshot.Clock.of(clock));
        record.put("entries", entries);
        if (notificationsChanged) {
            record.put("notifications", now);
            pendingLogged = now;
        }
        if (faultsChanged) {
            record.put("faults", rules);
            faultsLogged = rules;
        }
        return JsonMappers.export().writeValueAsBytes(record);
    }

    /** Forgets the entries changed so far: a whole snapshot is about to be taken, and covers them. */
    public void forgetChanges() {
        for (EditableStore s : stores) {
            if (s instanceof LoggedEntries logged) {
                logged.drainChanges();
            }
        }
        pendingLogged = null;
        faultsLogged = null;
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
