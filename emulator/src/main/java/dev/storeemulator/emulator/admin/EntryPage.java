package dev.storeemulator.emulator.admin;

import java.util.List;

/**
 * One page of a store's list, in the order of the entries' ids: the entries as fixtures records, how many the list
 * holds, and whether more follow the last.
 *
 * @param entries the entries, each as its fixtures record
 * @param ids their ids, in the same order
 * @param total how many entries the whole list holds
 * @param more whether entries follow the last of this page
 */
public record EntryPage(List<Object> entries, List<String> ids, long total, boolean more) {
    public EntryPage {
        entries = List.copyOf(entries);
        ids = List.copyOf(ids);
    }

    /** The page of the entries {@code ids} names (up to {@code limit} + 1 of them: one more tells that more follow). */
    public static EntryPage of(
            List<String> ids, int limit, long total, java.util.function.Function<String, Object> entry) {
        List<String> shown = ids.size() > limit ? ids.subList(0, limit) : ids;
        List<Object> entries = new java.util.ArrayList<>(shown.size());
        List<String> found = new java.util.ArrayList<>(shown.size());
        for (String id : shown) {
            Object e = entry.apply(id);
            if (e != null) { // removed since the ids were read
                entries.add(e);
                found.add(id);
            }
        }
        return new EntryPage(entries, found, total, ids.size() > limit);
    }
}
