package dev.storeemulator.emulator.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.storeemulator.admin.api.AdminRoute;
import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.journal.Journal;
import dev.storeemulator.emulator.journal.JournalEntry;
import dev.storeemulator.emulator.journal.JournalQuery;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/** The request journal over HTTP: list (newest first), count and clear. */
final class JournalRoutes {
    record Listing(
            @JsonProperty("requests") List<JournalEntry> requests,
            @JsonProperty("total") int total,
            @JsonProperty("capacity") int capacity,
            @JsonProperty("recorded") long recorded,
            @JsonProperty("dropped") long dropped) {}

    record Count(@JsonProperty("count") int count) {}

    record Cleared(@JsonProperty("cleared") int cleared) {}

    private final Journal journal;
    private final JournalStream stream;

    JournalRoutes(Journal journal) {
        this.journal = journal;
        this.stream = new JournalStream(journal);
    }

    List<StoreRoute> routes() {
        return List.of(
                route(AdminRoutes.LIST_REQUESTS, this::list),
                route(
                        AdminRoutes.COUNT_REQUESTS,
                        ctx -> Responses.json(ctx, 200, new Count(journal.count(query(ctx))))),
                route(AdminRoutes.CLEAR_REQUESTS, ctx -> Responses.json(ctx, 200, new Cleared(journal.clear()))),
                route(AdminRoutes.STREAM_REQUESTS, stream::handle),
                route(AdminRoutes.GET_REQUEST, this::one));
    }

    private static StoreRoute route(AdminRoute route, Handler handler) {
        return new StoreRoute(
                "admin", route.operation(), HandlerType.findOrCreate(route.method()), route.path(), handler);
    }

    private void one(Context ctx) {
        String given = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(given);
        } catch (NumberFormatException e) {
            throw AdminException.notFound("No journalled call '" + given + "': ids are numbers.");
        }
        JournalEntry entry = journal.entry(id)
                .orElseThrow(() -> AdminException.notFound(
                        "No journalled call " + id + " (the journal keeps the newest " + journal.capacity() + ")."));
        tools.jackson.databind.node.ObjectNode answer =
                dev.storeemulator.emulator.core.JsonMappers.json().valueToTree(entry);
        journal.details(id)
                .ifPresent(d -> answer.setAll((tools.jackson.databind.node.ObjectNode)
                        dev.storeemulator.emulator.core.JsonMappers.json().valueToTree(d)));
        Responses.json(ctx, 200, answer);
    }

    private void list(Context ctx) {
        JournalQuery query = query(ctx);
        List<JournalEntry> matching = journal.find(query.withLimit(Integer.MAX_VALUE));
        List<JournalEntry> page = matching.subList(0, Math.min(query.limit(), matching.size()));
        Responses.json(
                ctx,
                200,
                new Listing(page, matching.size(), journal.capacity(), journal.recorded(), journal.dropped()));
    }

    static JournalQuery query(Context ctx) {
        return query(ctx.queryParamMap());
    }

    static JournalQuery query(java.util.Map<String, List<String>> params) {
        try {
            return JournalQuery.parse(params);
        } catch (JournalQuery.InvalidQuery e) {
            throw AdminException.badRequest(e.getMessage());
        }
    }
}
