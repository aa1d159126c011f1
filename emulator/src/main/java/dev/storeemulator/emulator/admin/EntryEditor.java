package dev.storeemulator.emulator.admin;

import dev.storeemulator.emulator.fixtures.Fixtures;

/**
 * How a store creates, replaces and deletes one entry of one of its lists in place, so that an admin edit costs one
 * entry whatever the size of the world (a store without one has the whole section exported, edited, checked and
 * rebuilt: fine for a few thousand entries, seconds at a million).
 *
 * <p>The control plane checks the new entry exactly as a fixtures file would check it, against {@link #context()}:
 * the store's section without this list's entries (its accounts or apps and settings, what an entry refers to). What
 * only the live world can tell, that no other entry has the same token, {@link #apply} checks, atomically with the
 * change.
 */
public interface EntryEditor {

    /**
     * The store's section with the entries of this list, and of the lists whose keys they must not repeat, left out,
     * as a record the fixtures mapper writes; its cost is that of the accounts, apps and settings.
     */
    Object context();

    /** How many entries the list holds now: where a new entry lands in the exported list. */
    long size();

    /** Where the entry whose own key is {@code key} stands in the exported list; asked only to name a problem. */
    long position(String key);

    /**
     * Makes the change, alone among admin edits: puts the one entry of this list that {@code checked} holds (none when
     * null: a delete), replacing the entry of the same key in one step, so that no store call finds it missing; then
     * removes the entry whose own key is {@code replaced} if that is another key (a series named by a renewal token),
     * or when there is nothing to put.
     *
     * @param checked fixtures made of {@link #context()} and the new entry, already checked; null to delete
     * @throws dev.storeemulator.emulator.fixtures.FixtureException naming the entry at index 0 of its list, when it
     *     repeats a key another entry of the world has; then nothing changed
     */
    void apply(String replaced, Fixtures checked);
}
