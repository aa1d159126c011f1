package dev.storeemulator.emulator.persist;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entries a store's calls changed since {@code --state-dir} last logged them (see {@link LoggedEntries}):
 * a call marks what it changed after changing it; the next save takes them all.
 */
public final class ChangedEntries {
    /**
     * An entry of one of a store's sections.
     *
     * @param keyField the field naming it, when the section's entries are named by more than one (else null: the
     *                 store knows)
     */
    public record Key(String section, String keyField, String key) {}

    private final Set<Key> keys = ConcurrentHashMap.newKeySet();

    /** Marks entry {@code key} of {@code section} changed. */
    public void touch(String section, String key) {
        keys.add(new Key(section, null, key));
    }

    /** Marks the entry of {@code section} whose {@code keyField} is {@code key} changed. */
    public void touch(String section, String keyField, String key) {
        keys.add(new Key(section, keyField, key));
    }

    /**
     * After an admin create, replace or delete ({@link dev.storeemulator.emulator.admin.EditableStore#edited}):
     * marks the entries {@code keys} of {@code resource} changed when it is one of the {@code logged} resources.
     */
    public void touchEdited(
            java.util.List<dev.storeemulator.admin.api.AdminResource> logged,
            dev.storeemulator.admin.api.AdminResource resource,
            String environment,
            Set<String> keys) {
        if (logged.contains(resource)) {
            String section = LoggedEntries.sectionOf(resource, environment);
            keys.forEach(k -> touch(section, k));
        }
    }

    /** Every entry marked since the last drain; they are unmarked (one marked meanwhile may wait for the next). */
    public List<Key> drain() {
        List<Key> out = new ArrayList<>();
        for (Iterator<Key> it = keys.iterator(); it.hasNext(); ) {
            out.add(it.next());
            it.remove();
        }
        return out;
    }
}
