package dev.storeemulator.emulator.admin;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.core.Responses;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Entries of a store's exported fixtures section, as the control plane shows them. */
public final class AdminEntries {
    private AdminEntries() {}

    /** The store's live world as a fixtures section tree. */
    public static ObjectNode section(EditableStore store) {
        return JsonMappers.export().valueToTree(store.exportSection());
    }

    /** One entry as exported now, if it exists. {@code environment} is null for stores without one. */
    public static Optional<JsonNode> entry(EditableStore store, AdminResource resource, String environment, String id) {
        Optional<Object> own = store.entry(resource, environment, id);
        if (own != null) {
            return own.map(e -> JsonMappers.export().valueToTree(e));
        }
        ArrayNode list = list(section(store), resource, environment);
        int at = indexOf(list, resource, id);
        return at < 0 ? Optional.empty() : Optional.of(list.get(at));
    }

    /** Answers an action on one entry with the entry as it now stands (200), or 404 if it vanished. */
    public static void respond(
            Context ctx, EditableStore store, AdminResource resource, String environment, String id) {
        Responses.json(
                ctx,
                200,
                entry(store, resource, environment, id).orElseThrow(() -> WorldRoutes.notFound(store, resource, id)));
    }

    /** The {@code environment} path parameter of a ONE store resource, checked; null for other resources. */
    public static String environment(Context ctx, AdminResource resource) {
        return WorldRoutes.environment(ctx, resource);
    }

    /** 404 naming the missing entry. */
    public static AdminException notFound(EditableStore store, AdminResource resource, String id) {
        return WorldRoutes.notFound(store, resource, id);
    }

    static ArrayNode list(ObjectNode section, AdminResource resource, String env) {
        ObjectNode node = section;
        List<String> keys = resource.sectionKeys(env);
        for (String key : keys.subList(0, keys.size() - 1)) {
            node = node.has(key) && node.get(key).isObject() ? (ObjectNode) node.get(key) : node.putObject(key);
        }
        String last = keys.get(keys.size() - 1);
        return node.has(last) && node.get(last).isArray() ? (ArrayNode) node.get(last) : node.putArray(last);
    }

    /** An entry is named by its id field; a Cafebazaar subscription by any of its renewal tokens too. */
    static int indexOf(ArrayNode list, AdminResource resource, String id) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            JsonNode own = entry.get(resource.idParam());
            if (own != null && id.equals(own.asString())) {
                return i;
            }
            JsonNode renewals = entry.get("renewalTokens");
            if (renewals != null && renewals.isArray()) {
                for (JsonNode t : renewals) {
                    if (id.equals(t.asString())) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }
}
