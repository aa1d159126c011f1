package dev.storeemulator.emulator.admin;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.emulator.core.JsonMappers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A listing read a page at a time ({@code ?limit=N&after=ID}): the entries whose ids sort after {@code after}, in id
 * order, with {@code total} (the list's size) and {@code next} (the id to pass as {@code after} for the next page,
 * when more follow). A store that pages its own lists ({@link EditableStore#page}) answers at the cost of the page;
 * other lists (accounts, apps: a few entries) are paged from the exported section.
 */
final class ListingPages {
    /** The most entries one page holds, and how many when only {@code after} is given. */
    static final int MAX_LIMIT = 10_000;

    static final int DEFAULT_LIMIT = 100;

    private ListingPages() {}

    /** The {@code limit} query parameter, checked; {@link #DEFAULT_LIMIT} when absent. */
    static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw AdminException.badRequest("'limit' must be a whole number from 1 to " + MAX_LIMIT + ".");
    }

    /** {@code {<list name>: [entries], states?: {id: state}, total: N, next?: id}}. */
    static Map<String, Object> answer(
            EditableStore store, AdminResource resource, String environment, String after, int limit) {
        EntryPage page = store.page(resource, environment, after, limit);
        if (page == null) {
            page = exported(store, resource, environment, after, limit);
        }
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        List<JsonNode> entries = new ArrayList<>(page.entries().size());
        page.entries()
                .forEach(e -> entries.add(
                        e instanceof JsonNode n ? n : JsonMappers.export().valueToTree(e)));
        answer.put(resource.listName(), entries);
        Map<String, String> states = store.states(resource, environment, page.ids());
        if (!states.isEmpty()) {
            answer.put("states", states);
        }
        answer.put("total", page.total());
        if (page.more() && !page.ids().isEmpty()) {
            answer.put("next", page.ids().get(page.ids().size() - 1));
        }
        return answer;
    }

    /** A page of the exported list, for a store that does not page it itself. */
    private static EntryPage exported(
            EditableStore store, AdminResource resource, String environment, String after, int limit) {
        List<JsonNode> all = new ArrayList<>();
        AdminEntries.list(AdminEntries.section(store), resource, environment).forEach(all::add);
        List<JsonNode> following = all.stream()
                .filter(e -> e.hasNonNull(resource.idParam()))
                .filter(e -> after == null || id(e, resource).compareTo(after) > 0)
                .sorted(Comparator.comparing(e -> id(e, resource)))
                .limit(limit + 1L)
                .toList();
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        following.forEach(e -> byId.put(id(e, resource), e));
        return EntryPage.of(following.stream().map(e -> id(e, resource)).toList(), limit, all.size(), byId::get);
    }

    private static String id(JsonNode entry, AdminResource resource) {
        return entry.get(resource.idParam()).asString();
    }
}
