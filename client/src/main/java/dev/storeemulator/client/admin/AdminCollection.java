package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One editable list of a store's world, e.g. Cafebazaar's purchases or ONE store's sandbox recurring
 * purchases. Entries are fixtures entries (same fields, same checks); a change that would make the
 * fixtures invalid is refused with 400 and its problems.
 */
public final class AdminCollection {
    private final AdminHttp http;
    private final AdminResource resource;
    private final String environment;

    AdminCollection(AdminHttp http, AdminResource resource, String environment) {
        Objects.requireNonNull(resource, "resource");
        if (resource.perEnvironment() && environment == null) {
            throw new IllegalArgumentException(resource + " is per environment: give sandbox or commercial");
        }
        if (!resource.perEnvironment() && environment != null) {
            throw new IllegalArgumentException(resource + " has no environment, but '" + environment + "' was given");
        }
        this.http = http;
        this.resource = resource;
        this.environment = environment;
    }

    /**
     * The collection this client edits.
     * @return the resource
     */
    public AdminResource resource() {
        return resource;
    }

    /**
     * Every entry, in fixtures order.
     * @return the entries
     */
    public List<ObjectNode> list() {
        JsonNode answer = http.json(resource.list(), null, null, values());
        List<ObjectNode> entries = new ArrayList<>();
        answer.path(resource.listName()).forEach(e -> entries.add((ObjectNode) e));
        return List.copyOf(entries);
    }

    /**
     * One page of the entries, in id order: what a list of a large world (a million purchases) is read by.
     * @param limit at most this many entries (1 to 10,000)
     * @param after the entries whose ids sort after this one ({@link EntryPage#next()} of the page before), or null
     *     for the first page
     * @return the page
     * @throws AdminClientException 400 for a limit outside 1 to 10,000
     */
    public EntryPage page(int limit, String after) {
        String query = "limit=" + limit
                + (after == null
                        ? ""
                        : "&after=" + java.net.URLEncoder.encode(after, java.nio.charset.StandardCharsets.UTF_8));
        JsonNode answer = http.json(resource.list(), query, null, values());
        List<ObjectNode> entries = new ArrayList<>();
        answer.path(resource.listName()).forEach(e -> entries.add((ObjectNode) e));
        java.util.Map<String, String> states = new java.util.LinkedHashMap<>();
        answer.path("states")
                .properties()
                .forEach(e -> states.put(e.getKey(), e.getValue().asString()));
        JsonNode next = answer.get("next");
        return new EntryPage(
                entries, states, answer.path("total").asLong(), next == null || next.isNull() ? null : next.asString());
    }

    /**
     * One entry.
     * @param id the entry's id ({@link AdminResource#idParam()})
     * @return the entry
     * @throws AdminClientException 404 when there is none
     */
    public ObjectNode get(String id) {
        return http.object(resource.get(), null, values(id));
    }

    /**
     * Whether an entry exists.
     * @param id the entry's id
     * @return true when {@link #get(String)} finds it
     */
    public boolean exists(String id) {
        try {
            get(id);
            return true;
        } catch (AdminClientException e) {
            if (e.isNotFound() && "not_found".equals(e.error())) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Adds an entry.
     * @param entry a Map, record or {@link ObjectNode} with the fixtures entry's fields, id included
     * @return the entry as the emulator now shows it (absolute times)
     * @throws AdminClientException 409 when the id is taken, 400 with problems when invalid
     */
    public ObjectNode create(Object entry) {
        return http.object(resource.create(), Objects.requireNonNull(entry, "entry"), values());
    }

    /**
     * Replaces an entry, or adds it when there is none.
     * @param id    the entry's id
     * @param entry the new fields (the id may be left out)
     * @return the entry as the emulator now shows it
     */
    public ObjectNode replace(String id, Object entry) {
        return http.object(resource.replace(), Objects.requireNonNull(entry, "entry"), values(id));
    }

    /**
     * Removes an entry.
     * @param id the entry's id
     * @throws AdminClientException 404 when there is none
     */
    public void delete(String id) {
        http.json(resource.delete(), null, null, values(id));
    }

    /**
     * Performs one of the resource's {@link AdminResource#actions()}, e.g. {@code refund}.
     * @param id     the entry's id
     * @param action the action's name
     * @return the entry after the action
     * @throws IllegalArgumentException when the resource has no such action
     * @throws AdminClientException 409 when the action makes no sense now (already consumed…)
     */
    public ObjectNode act(String id, String action) {
        return http.object(resource.action(action), null, values(id));
    }

    private String[] values(String... id) {
        String[] values = new String[id.length + (environment == null ? 0 : 1)];
        int i = 0;
        if (environment != null) {
            values[i++] = environment;
        }
        for (String v : id) {
            values[i++] = Objects.requireNonNull(v, "id");
        }
        return values;
    }

    @Override
    public String toString() {
        return "AdminCollection[" + resource + (environment == null ? "" : ", " + environment) + "]";
    }
}
