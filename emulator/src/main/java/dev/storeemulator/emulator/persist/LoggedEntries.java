package dev.storeemulator.emulator.persist;

import java.util.List;
import java.util.Set;

/**
 * A store some of whose calls change single entries of its world (a purchase consumed, a subscription
 * cancelled): after such a call {@code --state-dir} appends those entries to the change log ({@link ChangeLog})
 * instead of writing the whole world. Every other changing call still writes a whole snapshot.
 */
public interface LoggedEntries {
    /**
     * The operations ({@link dev.storeemulator.emulator.core.StoreRoute#operation}) whose every change to what
     * {@code --state-dir} keeps is an entry reported by {@link #drainChanges} (and the clock or pending
     * notifications, which every log record carries).
     */
    Set<String> loggedOperations();

    /**
     * {@code calls}, the admin create, replace and delete of one entry of the {@code edited} resources, and the
     * operations of {@code adminRoutes}: for a store whose every admin action and seed changes only entries it
     * reports.
     */
    @SafeVarargs
    static Set<String> operations(
            Set<String> calls,
            List<dev.storeemulator.admin.api.AdminResource> edited,
            List<dev.storeemulator.emulator.core.StoreRoute>... adminRoutes) {
        Set<String> all = new java.util.HashSet<>(calls);
        all.addAll(editOperations(edited));
        for (List<dev.storeemulator.emulator.core.StoreRoute> routes : adminRoutes) {
            routes.forEach(r -> all.add(r.operation()));
        }
        return Set.copyOf(all);
    }

    /** The create, replace and delete operations of {@code resources} (admin edits of one entry). */
    static Set<String> editOperations(List<dev.storeemulator.admin.api.AdminResource> resources) {
        Set<String> all = new java.util.HashSet<>();
        for (dev.storeemulator.admin.api.AdminResource r : resources) {
            all.add(r.create().operation());
            all.add(r.replace().operation());
            all.add(r.delete().operation());
        }
        return all;
    }

    /** Where {@code resource}'s entries lie in its store's section, as a JSON pointer ({@code /sandbox/purchases}). */
    static String sectionOf(dev.storeemulator.admin.api.AdminResource resource, String environment) {
        return "/" + String.join("/", resource.sectionKeys(environment));
    }

    /** The entries changed since the last call, each as it stands now; forgets them. */
    List<EntryChange> drainChanges();

    /**
     * One entry of the store's fixtures section as it stands now.
     *
     * @param section  where its array lies in the store's section, as a JSON pointer (e.g. {@code /purchases})
     * @param keyField the field naming the entry in that array (e.g. {@code token})
     * @param key      its value
     * @param value    the entry as its fixtures record (written by the fixtures mapper), or null: it is gone
     */
    record EntryChange(String section, String keyField, String key, Object value) {}
}
