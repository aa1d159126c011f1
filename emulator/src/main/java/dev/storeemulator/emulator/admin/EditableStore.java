package dev.storeemulator.emulator.admin;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.fixtures.Fixtures;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * A store as the control plane edits it: its live world exported as its section of a fixtures file
 * (absolute times), and an edit that turns that section into a new, fully checked fixtures document.
 */
public interface EditableStore {

    /** The store's section name in a fixtures file, e.g. {@code cafebazaar}. */
    String name();

    /** The live world as this store's fixtures section (a record the fixtures mapper writes). */
    Object exportSection();

    /**
     * The live world as {@code --state-dir} saves it: {@link #exportSection()} plus what the control plane never
     * shows but a restart needs (e.g. private signing keys).
     */
    default Object saveSection() {
        return exportSection();
    }

    /**
     * Swaps in the world {@code editor} makes from the exported section (a mutable tree), carrying over
     * what fixtures do not describe (issued OAuth tokens, quotas). No store call changes the world in
     * between; if {@code editor} throws, nothing changes.
     */
    void edit(Function<ObjectNode, Fixtures> editor);

    /**
     * One entry of {@code resource} as its fixtures record, exactly as {@link #exportSection()} holds it, looked up
     * without exporting the section, so that an admin read or an action's answer costs one entry whatever the size
     * of the world. Named by its id, or by anything else the section's search names it by (a Cafebazaar
     * subscription by any of its renewal tokens).
     *
     * @param environment the environment of a per-environment resource, else null
     * @return the entry, or empty when there is none; null when this store leaves the search to the export (the
     *     default)
     */
    default java.util.Optional<Object> entry(AdminResource resource, String environment, String id) {
        return null;
    }

    /**
     * Tells the store that an admin create, replace or delete ({@link #edit}) changed the entries of
     * {@code resource} named {@code keys} (by their id field; one that is gone is gone): a store that logs its
     * entries for {@code --state-dir} marks them changed. Nothing by default.
     */
    default void edited(AdminResource resource, String environment, java.util.Set<String> keys) {}

    /**
     * The store's own in-place editor of {@code resource}'s entries ({@link EntryEditor}), for the lists that grow
     * with the world (purchases, subscriptions); null (the default) has {@link #edit} rebuild the section instead.
     *
     * @param environment the environment of a per-environment resource, else null
     */
    default EntryEditor entryEditor(AdminResource resource, String environment) {
        return null;
    }

    /**
     * Up to {@code limit} entries of {@code resource} whose ids sort after {@code after} (from the first when null), in
     * id order, read without exporting the section, so that a page costs its entries whatever the size of the world;
     * null (the default) has the control plane page through the exported list instead.
     *
     * @param environment the environment of a per-environment resource, else null
     */
    default EntryPage page(AdminResource resource, String environment, String after, int limit) {
        return null;
    }

    /**
     * Like {@link #states(AdminResource, String)}, for the entries {@code ids} only (a page of a listing); by default
     * taken from the whole map.
     */
    default java.util.Map<String, String> states(
            AdminResource resource, String environment, java.util.Collection<String> ids) {
        java.util.Map<String, String> all = states(resource, environment);
        java.util.Map<String, String> some = new java.util.LinkedHashMap<>();
        ids.forEach(id -> {
            if (all.containsKey(id)) {
                some.put(id, all.get(id));
            }
        });
        return some;
    }

    /** The store's collections the control plane lists, creates, reads, replaces and deletes (none by default). */
    default List<AdminResource> adminResources() {
        return List.of();
    }

    /** Handlers of the actions ({@code consume}, {@code renew}…) on this store's admin resources. */
    List<StoreRoute> actionRoutes();

    /**
     * The state each entry of {@code resource} is in now, by id, in the store's own words (a subscription's
     * {@code IN_GRACE_PERIOD}, say), for what the fixtures fields alone do not tell; none by default. Listings show it
     * as {@code states}.
     *
     * @param environment the environment of a per-environment resource, else null
     */
    default java.util.Map<String, String> states(AdminResource resource, String environment) {
        return java.util.Map.of();
    }

    /** How this store's seed routes are described in the OpenAPI document; none by default. */
    default List<SeedOperation> seedOperations() {
        return List.of();
    }
}
