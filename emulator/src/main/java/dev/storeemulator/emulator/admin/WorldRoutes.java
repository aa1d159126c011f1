package dev.storeemulator.emulator.admin;

import static dev.storeemulator.emulator.admin.AdminEntries.entry;
import static dev.storeemulator.emulator.admin.AdminEntries.indexOf;
import static dev.storeemulator.emulator.admin.AdminEntries.list;
import static dev.storeemulator.emulator.admin.AdminEntries.section;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.admin.api.AdminRoute;
import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.fixtures.Fixtures;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Run-time editing of each store's world in the fixtures' own terms: every {@link AdminResource} is a
 * list of a fixtures section, and every change is checked exactly as a fixtures file would be.
 */
final class WorldRoutes {
    private static final List<String> ENVIRONMENTS = List.of("sandbox", "commercial");

    private final List<EditableStore> stores;

    WorldRoutes(List<EditableStore> stores) {
        this.stores = List.copyOf(stores);
    }

    List<StoreRoute> routes() {
        List<StoreRoute> all = new ArrayList<>();
        all.add(StoreRoute.admin(AdminRoutes.GET_FIXTURES, this::exportAll));
        for (EditableStore store : stores) {
            settingsRoute(store, "GET")
                    .ifPresent(route -> all.add(StoreRoute.admin(
                            route,
                            ctx -> Responses.json(ctx, 200, section(store).get("settings")))));
            settingsRoute(store, "PUT")
                    .ifPresent(route -> all.add(StoreRoute.admin(route, ctx -> putSettings(ctx, store))));
            all.addAll(store.actionRoutes());
        }
        for (EditableStore store : stores) {
            store.adminResources().forEach(resource -> all.addAll(resourceRoutes(store, resource)));
        }
        return all;
    }

    private List<StoreRoute> resourceRoutes(EditableStore store, AdminResource resource) {
        if (!resource.store().equals(store.name())) {
            throw new IllegalStateException(resource + " belongs to " + resource.store() + ", not " + store.name());
        }
        List<StoreRoute> all = new ArrayList<>();
        all.add(StoreRoute.admin(resource.list(), ctx -> listing(ctx, store, resource)));
        all.add(StoreRoute.admin(resource.get(), ctx -> Responses.json(ctx, 200, find(store, resource, ctx))));
        all.add(StoreRoute.admin(resource.create(), ctx -> create(ctx, store, resource)));
        all.add(StoreRoute.admin(resource.replace(), ctx -> replace(ctx, store, resource)));
        all.add(StoreRoute.admin(resource.delete(), ctx -> delete(ctx, store, resource)));
        return all;
    }

    /** The store's settings route in the admin route table; none for a store without settings. */
    private static java.util.Optional<AdminRoute> settingsRoute(EditableStore store, String method) {
        return AdminRoutes.all().stream()
                .filter(r -> r.method().equals(method)
                        && r.path().equals(AdminRoutes.PREFIX + "/" + store.name() + "/settings"))
                .findFirst();
    }

    /** {@code {<list name>: [entries], states?: {id: state}}}: the entries, and what state each is in now. */
    private static void listing(Context ctx, EditableStore store, AdminResource resource) {
        String env = environment(ctx, resource);
        String after = ctx.queryParam("after");
        String limit = ctx.queryParam("limit");
        if (after != null || limit != null) {
            Responses.json(ctx, 200, ListingPages.answer(store, resource, env, after, ListingPages.limit(limit)));
            return;
        }
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put(resource.listName(), list(section(store), resource, env));
        Map<String, String> states = store.states(resource, env);
        if (!states.isEmpty()) {
            answer.put("states", states);
        }
        Responses.json(ctx, 200, answer);
    }

    private void exportAll(Context ctx) {
        ObjectNode doc = JsonMappers.export().createObjectNode();
        stores.forEach(s -> doc.set(s.name(), section(s)));
        if ("yaml".equals(ctx.queryParam("format"))) {
            ctx.status(200)
                    .contentType("application/yaml")
                    .result(JsonMappers.yaml().writeValueAsString(doc));
        } else {
            Responses.json(ctx, 200, doc);
        }
    }

    private void putSettings(Context ctx, EditableStore store) {
        ObjectNode body = AdminJson.object(ctx);
        edit(store, 400, section -> section.set("settings", body));
        Responses.json(ctx, 200, section(store).get("settings"));
    }

    private JsonNode find(EditableStore store, AdminResource resource, Context ctx) {
        String id = ctx.pathParam(resource.idParam());
        return entry(store, resource, environment(ctx, resource), id).orElseThrow(() -> notFound(store, resource, id));
    }

    private void create(Context ctx, EditableStore store, AdminResource resource) {
        ObjectNode entry = AdminJson.object(ctx);
        JsonNode id = entry.get(resource.idParam());
        if (id == null || !id.isString() || id.asString().isEmpty()) {
            throw AdminException.badRequest("The body needs '" + resource.idParam() + "', a non-empty string.");
        }
        String env = environment(ctx, resource);
        EntryEditor editor = store.entryEditor(resource, env);
        if (editor != null) {
            if (entry(store, resource, env, id.asString()).isPresent()) {
                throw exists(store, resource, id.asString());
            }
            EntryEdits.put(store, resource, env, editor, entry, null);
        } else {
            edit(store, 400, section -> {
                ArrayNode list = list(section, resource, env);
                if (indexOf(list, resource, id.asString()) >= 0) {
                    throw exists(store, resource, id.asString());
                }
                list.add(entry);
            });
        }
        store.edited(resource, env, java.util.Set.of(id.asString()));
        Responses.json(ctx, 201, entryAfter(store, resource, env, id.asString()));
    }

    private void replace(Context ctx, EditableStore store, AdminResource resource) {
        ObjectNode entry = AdminJson.object(ctx);
        String id = ctx.pathParam(resource.idParam());
        JsonNode given = entry.get(resource.idParam());
        if (given != null && !(given.isString() && given.asString().equals(id))) {
            throw AdminException.badRequest("'" + resource.idParam() + "' in the body (" + given
                    + ") differs from the path ('" + id + "'); to rename, DELETE and POST.");
        }
        entry.put(resource.idParam(), id);
        String env = environment(ctx, resource);
        boolean[] created = new boolean[1];
        java.util.Set<String> keys = new java.util.HashSet<>(java.util.Set.of(id));
        EntryEditor editor = store.entryEditor(resource, env);
        if (editor != null) {
            String replaced = entry(store, resource, env, id)
                    .flatMap(e -> ownKey(e, resource))
                    .orElse(null);
            created[0] = replaced == null;
            if (replaced != null) {
                keys.add(replaced);
            }
            EntryEdits.put(store, resource, env, editor, entry, replaced);
        } else {
            edit(store, 400, section -> {
                ArrayNode list = list(section, resource, env);
                int at = indexOf(list, resource, id);
                created[0] = at < 0;
                if (at < 0) {
                    list.add(entry);
                } else {
                    ownKey(list.get(at), resource).ifPresent(keys::add);
                    list.set(at, entry);
                }
            });
        }
        store.edited(resource, env, keys);
        Responses.json(ctx, created[0] ? 201 : 200, entryAfter(store, resource, env, id));
    }

    private void delete(Context ctx, EditableStore store, AdminResource resource) {
        String id = ctx.pathParam(resource.idParam());
        String env = environment(ctx, resource);
        java.util.Set<String> keys = new java.util.HashSet<>();
        EntryEditor editor = store.entryEditor(resource, env);
        if (editor != null) {
            String own = entry(store, resource, env, id)
                    .map(e -> ownKey(e, resource).orElse(id))
                    .orElseThrow(() -> notFound(store, resource, id));
            keys.add(own);
            editor.apply(own, null);
        } else {
            edit(store, 409, section -> {
                ArrayNode list = list(section, resource, env);
                int at = indexOf(list, resource, id);
                if (at < 0) {
                    throw notFound(store, resource, id);
                }
                ownKey(list.get(at), resource).ifPresent(keys::add);
                list.remove(at);
            });
        }
        store.edited(resource, env, keys);
        Responses.json(ctx, 200, Map.of("deleted", id));
    }

    /** The id an entry names itself by (it may have been found by another of its names). */
    private static java.util.Optional<String> ownKey(JsonNode entry, AdminResource resource) {
        JsonNode own = entry.get(resource.idParam());
        return own != null && own.isString() ? java.util.Optional.of(own.asString()) : java.util.Optional.empty();
    }

    private JsonNode entryAfter(EditableStore store, AdminResource resource, String env, String id) {
        return entry(store, resource, env, id)
                .orElseGet(() -> JsonMappers.export().createObjectNode());
    }

    /** Applies {@code change} to the exported section, checks the whole section as a fixtures file, swaps it in. */
    private static void edit(EditableStore store, int statusWhenInvalid, Consumer<ObjectNode> change) {
        store.edit(section -> {
            change.accept(section);
            ObjectNode doc = JsonMappers.export().createObjectNode();
            doc.set(store.name(), section);
            try {
                return Fixtures.parseTree(doc, "the " + store.name() + " admin change");
            } catch (FixtureException e) {
                AdminException invalid = AdminException.invalid(e);
                throw statusWhenInvalid == 400
                        ? invalid
                        : new AdminException(statusWhenInvalid, "conflict", invalid.getMessage(), e.problems());
            }
        });
    }

    static String environment(Context ctx, AdminResource resource) {
        if (!resource.perEnvironment()) {
            return null;
        }
        String env = ctx.pathParam("environment");
        if (!ENVIRONMENTS.contains(env)) {
            throw AdminException.notFound(
                    "No " + resource.store() + " environment '" + env + "'; use sandbox or commercial.");
        }
        return env;
    }

    private static AdminException exists(EditableStore store, AdminResource resource, String id) {
        return AdminException.conflict("There is already a " + store.name() + " " + resource.listName() + " entry '"
                + id + "'; PUT replaces it.");
    }

    static AdminException notFound(EditableStore store, AdminResource resource, String id) {
        return AdminException.notFound("No " + store.name() + " " + resource.listName() + " entry '" + id + "'.");
    }
}
