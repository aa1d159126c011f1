package dev.storeemulator.emulator.admin;

import static dev.storeemulator.emulator.admin.OpenApiJson.arrayOf;
import static dev.storeemulator.emulator.admin.OpenApiJson.obj;
import static dev.storeemulator.emulator.admin.OpenApiJson.object;
import static dev.storeemulator.emulator.admin.OpenApiJson.schema;
import static dev.storeemulator.emulator.admin.OpenApiJson.type;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.admin.api.AdminRoute;
import dev.storeemulator.emulator.core.Responses;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request side (query parameters, body) and the answers of each admin operation, as the handlers in
 * this package serve them. A route this class does not know yet is still described, as answering a JSON object.
 */
final class OpenApiOperations {
    private static final String INVALID =
            "The body is not a JSON object of the expected form, or the change would make the "
                    + "fixtures invalid (each problem names a field path).";
    private static final List<String> JOURNAL_FILTERS =
            List.of("store", "operation", "method", "token", "packageName", "productId");

    private final OpenApiSchemas schemas;
    private final Map<AdminRoute, AdminResource> resources = new HashMap<>();

    private final Map<String, SeedOperation> seeds = new HashMap<>();

    OpenApiOperations(OpenApiSchemas schemas, List<SeedOperation> seeds, List<AdminResource> resources) {
        this.schemas = schemas;
        seeds.forEach(seed -> this.seeds.put(seed.operation(), seed));
        for (AdminResource resource : resources) {
            resource.routes().forEach(route -> this.resources.put(route, resource));
        }
    }

    /** Adds {@code route}'s query parameters, request body and responses to {@code op} (whose parameters exist). */
    void describe(AdminRoute route, ObjectNode op) {
        ObjectNode responses = obj();
        AdminResource resource = resources.get(route);
        if (resource != null) {
            resource(route, resource, op, responses);
        } else {
            general(route, op, responses);
        }
        op.set("responses", responses);
    }

    private void resource(AdminRoute route, AdminResource resource, ObjectNode op, ObjectNode responses) {
        String verb = route.operation().substring(route.operation().lastIndexOf('.') + 1);
        ObjectNode entry = schemas.entry(resource);
        switch (verb) {
            case "list" -> {
                query(
                        op,
                        "limit",
                        obj("type", "integer", "minimum", 1, "maximum", ListingPages.MAX_LIMIT),
                        "A page of at most this many entries, in id order, with total and next (100 when only"
                                + " after is given).");
                query(op, "after", type("string"), "The entries whose ids sort after this one (a page's next).");
                answer(
                        responses,
                        200,
                        "The entries, in fixtures order (a page: in id order); for subscriptions, the state each is in"
                                + " now (by id).",
                        object(
                                List.of(resource.listName()),
                                resource.listName(),
                                arrayOf(entry),
                                "states",
                                obj("type", "object", "additionalProperties", type("string")),
                                "total",
                                obj("type", "integer", "description", "A page's: how many entries the list holds."),
                                "next",
                                obj(
                                        "type",
                                        "string",
                                        "description",
                                        "A page's, when more entries follow: the after of the next page.")));
                error(responses, 400, "A limit that is not a whole number from 1 to " + ListingPages.MAX_LIMIT + ".");
            }
            case "create" -> {
                body(op, entry);
                answer(responses, 201, "Added; the entry as now stored.", entry);
                error(responses, 400, INVALID);
                error(responses, 409, "There is already an entry with this " + resource.idParam() + ".");
            }
            case "get" -> answer(responses, 200, "The entry.", entry);
            case "replace" -> {
                body(op, entry);
                answer(responses, 200, "Replaced; the entry as now stored.", entry);
                answer(responses, 201, "There was none, so it was added; the entry as now stored.", entry);
                error(responses, 400, INVALID + " A " + resource.idParam() + " in the body must equal the path's.");
            }
            case "delete" -> {
                answer(responses, 200, "Removed.", object(List.of("deleted"), "deleted", type("string")));
                error(responses, 409, "Removing it would make the fixtures invalid.");
            }
            default -> {
                answer(responses, 200, "Done; the entry as now stored.", entry);
                error(responses, 409, "The entry is not in a state this action applies to.");
            }
        }
        // Per-environment routes are described under each environment's literal path (OpenApiDocument.described).
        if (!verb.equals("list") && !verb.equals("create")) {
            error(responses, 404, "No such entry.");
        }
    }

    private void general(AdminRoute route, ObjectNode op, ObjectNode responses) {
        String operation = route.operation();
        ObjectNode clock = schema("Clock");
        switch (operation) {
            case "health" -> answer(responses, 200, "Up.", schema("Health"));
            case "openapi" -> answer(responses, 200, "This document.", type("object"));
            case "tls.ca" -> {
                responses.set(
                        "200",
                        obj(
                                "description",
                                "The CA certificate.",
                                "content",
                                obj("application/x-pem-file", obj("schema", type("string")))));
                error(responses, 404, "The emulator serves no HTTPS port (start it with --https-port).");
            }
            case "reset" -> {
                op.set(
                        "requestBody",
                        obj(
                                "required",
                                false,
                                "content",
                                obj(
                                        Responses.JSON,
                                        obj(
                                                "schema",
                                                object(
                                                        List.of(),
                                                        "now",
                                                        obj("type", "string", "format", "date-time"),
                                                        "frozen",
                                                        type("boolean"))))));
                answer(responses, 200, "Reset.", schema("Done"));
                error(responses, 400, "The body is not of the expected form.");
            }
            case "reload" -> {
                answer(responses, 200, "Reloaded.", schema("Done"));
                error(responses, 400, "The file is not valid fixtures; the world is unchanged.");
                error(responses, 409, "The emulator was not started from a fixtures file.");
            }
            case "getFixtures" -> {
                query(
                        op,
                        "format",
                        obj("type", "string", "enum", List.of("json", "yaml"), "default", "json"),
                        "yaml for YAML.");
                responses.set(
                        "200",
                        obj(
                                "description",
                                "The live world.",
                                "content",
                                obj(
                                        Responses.JSON,
                                        obj("schema", schema(OpenApiSchemas.FIXTURES)),
                                        "application/yaml",
                                        obj("schema", type("string")))));
            }
            case "putFixtures" -> {
                op.set(
                        "requestBody",
                        obj(
                                "required",
                                true,
                                "content",
                                obj(
                                        Responses.JSON,
                                        obj("schema", schema(OpenApiSchemas.FIXTURES)),
                                        "application/yaml",
                                        obj("schema", type("string")))));
                answer(responses, 200, "Loaded.", schema("Done"));
                error(responses, 400, "Not valid fixtures; the world is unchanged.");
            }
            case "getClock", "freezeClock", "unfreezeClock" -> answer(responses, 200, "The clock.", clock);
            case "setClock", "advanceClock" -> {
                body(
                        op,
                        operation.equals("setClock")
                                ? object(
                                        List.of("now"),
                                        "now",
                                        obj("type", "string", "format", "date-time"),
                                        "frozen",
                                        type("boolean"))
                                : object(
                                        List.of("duration"),
                                        "duration",
                                        obj(
                                                "type",
                                                "string",
                                                "description",
                                                "An ISO-8601 duration, negative to go back.",
                                                "examples",
                                                List.of("P31D", "PT1H", "-PT5M"))));
                answer(responses, 200, "The clock, moved.", clock);
                error(responses, 400, "The body is not of the expected form.");
            }
            case "listRequests", "countRequests" -> {
                journalFilters(op);
                answer(
                        responses,
                        200,
                        "The matching requests.",
                        operation.equals("listRequests")
                                ? schema("Requests")
                                : object(List.of("count"), "count", type("integer")));
                error(responses, 400, "An unknown filter, or a filter value of the wrong form.");
            }
            case "listFaults" ->
                answer(
                        responses,
                        200,
                        "The rules in the order they are tried.",
                        object(List.of("faults"), "faults", arrayOf(schema("FaultStatus"))));
            case "addFault" -> {
                body(op, schema("fault"));
                answer(responses, 201, "Added.", schema("FaultStatus"));
                error(responses, 400, "Not a valid rule; nothing changed.");
                error(responses, 409, "A rule with that id is in force.");
            }
            case "getFault" -> {
                answer(responses, 200, "The rule and its counts.", schema("FaultStatus"));
                error(responses, 404, "No such rule.");
            }
            case "removeFault" -> {
                answer(responses, 200, "Removed.", object(List.of("removed"), "removed", type("string")));
                error(responses, 404, "No such rule.");
            }
            case "clearFaults" ->
                answer(responses, 200, "Every rule removed.", object(List.of("cleared"), "cleared", type("integer")));
            case "listNotifications" -> {
                for (String name : List.of("store", "packageName", "token", "event")) {
                    query(op, name, type("string"), "Only notifications with this " + name + ".");
                }
                query(
                        op,
                        "status",
                        obj("enum", List.of("pending", "delivered", "failed")),
                        "Only those in this state.");
                query(op, "limit", obj("type", "integer", "minimum", 1, "default", 100), "At most this many.");
                answer(responses, 200, "The matching deliveries, newest first.", schema("Notifications"));
                error(responses, 400, "An unknown filter, or a filter value of the wrong form.");
            }
            case "getNotification" -> {
                answer(responses, 200, "The delivery, with its headers and body.", schema("Notification"));
                error(responses, 404, "No such delivery (the history keeps the newest).");
            }
            case "redeliverNotification" -> {
                answer(responses, 202, "Queued again.", schema("Notification"));
                error(responses, 404, "No such delivery (the history keeps the newest).");
            }
            case "clearNotifications" ->
                answer(responses, 200, "Forgotten.", object(List.of("cleared"), "cleared", type("boolean")));
            case "getRequest" -> {
                answer(
                        responses,
                        200,
                        "The entry, with 'request' and 'response' ({headers, body, truncated?}) for "
                                + "the newest calls.",
                        schema("Request"));
                error(responses, 404, "No such call in the journal (it keeps the newest).");
            }
            case "streamRequests" -> {
                journalFilters(op);
                query(
                        op,
                        "after",
                        obj("type", "integer", "minimum", 0),
                        "Send the calls recorded after this id "
                                + "(default: only calls from now on; an EventSource's Last-Event-ID does the same).");
                responses.set(
                        "200",
                        obj(
                                "description",
                                "An event stream: 'event: request', 'id: <journal id>', 'data: <the entry as JSON>',"
                                        + " and a comment every 10 s while nothing happens.",
                                "content",
                                obj("text/event-stream", obj("schema", type("string")))));
                error(responses, 400, "An unknown filter, or a filter value of the wrong form.");
                error(responses, 406, "The request does not accept text/event-stream.");
                error(responses, 429, "Too many clients follow the journal already.");
            }
            case "clearRequests" ->
                answer(responses, 200, "Emptied.", object(List.of("cleared"), "cleared", type("integer")));
            default -> {
                SeedOperation seed = seeds.get(operation);
                if (seed != null) {
                    seed(
                            op,
                            responses,
                            (ObjectNode) seed.body().deepCopy(),
                            seed.knownClient(),
                            seed.answered().toArray(String[]::new));
                } else if (operation.endsWith(".testNotification")) {
                    op.set(
                            "requestBody",
                            obj("required", false, "content", obj(Responses.JSON, obj("schema", type("object")))));
                    answer(responses, 202, "Queued; follow it at location.", schema("Queued"));
                    error(responses, 400, "The body is not of the expected form.");
                    error(responses, 404, "No such app.");
                    error(responses, 409, "The app has no notification URL (for that environment).");
                } else {
                    settingsOrAnything(operation, op, responses);
                }
            }
        }
    }

    private void settingsOrAnything(String operation, ObjectNode op, ObjectNode responses) {
        String store = operation.substring(0, Math.max(operation.indexOf('.'), 0));
        if (operation.equals(store + ".settings.get")) {
            answer(responses, 200, "The settings.", schemas.settings(store));
        } else if (operation.equals(store + ".settings.replace")) {
            body(op, schemas.settings(store));
            answer(responses, 200, "Replaced; the settings as now in force.", schemas.settings(store));
            error(responses, 400, INVALID);
        } else {
            answer(responses, 200, "Done.", type("object"));
        }
    }

    private static void seed(
            ObjectNode op, ObjectNode responses, ObjectNode body, boolean knownClient, String... answered) {
        body(op, body);
        ObjectNode fields = obj();
        for (String name : answered) {
            fields.set(name, type("string"));
        }
        answer(
                responses,
                201,
                "Registered.",
                obj("type", "object", "required", List.of(answered), "properties", fields));
        error(responses, 400, "The body is not of the expected form.");
        if (knownClient) {
            error(responses, 404, "No such client in the fixtures.");
        }
    }

    private static void journalFilters(ObjectNode op) {
        JOURNAL_FILTERS.forEach(name -> query(op, name, type("string"), "Only requests with this " + name + "."));
        query(
                op,
                "status",
                obj("type", "string", "pattern", "^[1-5]([0-9][0-9]|[xX][xX])$"),
                "A code (404) or a class (4xx).");
        query(op, "since", obj("type", "string", "format", "date-time"), "Virtual time, inclusive.");
        query(op, "until", obj("type", "string", "format", "date-time"), "Virtual time, exclusive.");
        query(op, "limit", obj("type", "integer", "minimum", 1, "default", 100), "At most this many (list only).");
    }

    private static void query(ObjectNode op, String name, JsonNode schema, String description) {
        ((ArrayNode) op.get("parameters"))
                .add(obj("name", name, "in", "query", "required", false, "description", description, "schema", schema));
    }

    private static void body(ObjectNode op, JsonNode schema) {
        op.set("requestBody", obj("required", true, "content", obj(Responses.JSON, obj("schema", schema))));
    }

    private static void answer(ObjectNode responses, int status, String description, JsonNode schema) {
        responses.set(
                String.valueOf(status),
                obj("description", description, "content", obj(Responses.JSON, obj("schema", schema))));
    }

    static void error(ObjectNode responses, int status, String description) {
        answer(responses, status, description, schema("Error"));
    }
}
