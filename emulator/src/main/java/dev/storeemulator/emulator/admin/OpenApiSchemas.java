package dev.storeemulator.emulator.admin;

import static dev.storeemulator.emulator.admin.OpenApiJson.SCHEMAS;
import static dev.storeemulator.emulator.admin.OpenApiJson.arrayOf;
import static dev.storeemulator.emulator.admin.OpenApiJson.escape;
import static dev.storeemulator.emulator.admin.OpenApiJson.obj;
import static dev.storeemulator.emulator.admin.OpenApiJson.object;
import static dev.storeemulator.emulator.admin.OpenApiJson.schema;
import static dev.storeemulator.emulator.admin.OpenApiJson.type;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.fixtures.FixtureSchema;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The document's {@code components.schemas}: every definition of the fixtures JSON Schema (its
 * {@code #/$defs/x} references rewritten to {@code #/components/schemas/x}), the whole fixtures document as
 * {@value #FIXTURES}, and the admin API's own answers. Resource entries and store settings are found by
 * walking the fixtures schema along the fixtures path, so they point at the very schema a fixtures file obeys.
 */
final class OpenApiSchemas {
    static final String FIXTURES = "Fixtures";

    private final ObjectNode schemas = JsonMappers.json().createObjectNode();

    OpenApiSchemas() {
        ObjectNode fixtures = (ObjectNode) load();
        JsonNode defs = fixtures.remove("$defs");
        fixtures.remove(List.of("$schema", "$id"));
        defs.properties().forEach(e -> add(e.getKey(), e.getValue()));
        add(FIXTURES, fixtures);
        addAnswers();
        rewriteRefs(schemas);
    }

    ObjectNode node() {
        return schemas;
    }

    /** A reference to the schema of one entry of {@code resource}'s fixtures list. */
    ObjectNode entry(AdminResource resource) {
        List<String> steps = new ArrayList<>();
        resource.sectionKeys("sandbox").forEach(key -> steps.add("properties/" + escape(key)));
        steps.add("items");
        return OpenApiJson.ref(walk(resource.store(), steps));
    }

    /** A reference to the schema of {@code store}'s fixtures settings. */
    ObjectNode settings(String store) {
        return OpenApiJson.ref(walk(store, List.of("properties/settings")));
    }

    private String walk(String component, List<String> steps) {
        String pointer = follow(SCHEMAS + escape(component));
        for (String step : steps) {
            pointer = follow(pointer + "/" + step);
        }
        return pointer;
    }

    private String follow(String pointer) {
        JsonNode node = schemas.at(pointer.substring(SCHEMAS.length() - 1));
        if (node.isMissingNode()) {
            throw new IllegalStateException("The fixtures schema has nothing at " + pointer);
        }
        JsonNode ref = node.get("$ref");
        return ref != null && node.size() == 1 ? follow(ref.asString()) : pointer;
    }

    private void add(String name, JsonNode schema) {
        if (schemas.has(name)) {
            throw new IllegalStateException("Two component schemas named " + name);
        }
        schemas.set(name, schema);
    }

    private static void rewriteRefs(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (node.isObject() && ref != null && ref.isString() && ref.asString().startsWith("#/$defs/")) {
            ((ObjectNode) node).put("$ref", SCHEMAS + ref.asString().substring("#/$defs/".length()));
        }
        node.forEach(OpenApiSchemas::rewriteRefs);
    }

    private void addAnswers() {
        ObjectNode string = type("string");
        ObjectNode instant = obj("type", "string", "format", "date-time");
        ObjectNode integer = type("integer");
        add("Problem", object(List.of("path", "reason"), "path", string, "reason", string));
        add(
                "Error",
                object(
                        List.of("error", "message"),
                        "error",
                        obj(
                                "type",
                                "string",
                                "examples",
                                List.of(
                                        "invalid_request",
                                        "invalid_fixtures",
                                        "not_found",
                                        "conflict",
                                        "unauthorized")),
                        "message",
                        string,
                        "problems",
                        arrayOf(schema("Problem"))));
        add(
                "Health",
                object(
                        List.of("status", "stores", "fixtures", "clock", "clockFrozen"),
                        "status",
                        string,
                        "stores",
                        arrayOf(string),
                        "fixtures",
                        string,
                        "clock",
                        instant,
                        "clockFrozen",
                        type("boolean"),
                        "lastReload",
                        object(
                                List.of("ok", "at"),
                                "ok",
                                type("boolean"),
                                "at",
                                instant,
                                "source",
                                string,
                                "problems",
                                arrayOf(schema("Problem")))));
        add(
                "Done",
                object(List.of("status", "fixtures", "clock"), "status", string, "fixtures", string, "clock", instant));
        add("Clock", object(List.of("now", "frozen"), "now", instant, "frozen", type("boolean")));
        add(
                "JournalEntry",
                object(
                        List.of(
                                "id",
                                "realTime",
                                "virtualTime",
                                "store",
                                "operation",
                                "method",
                                "path",
                                "status",
                                "latencyMs"),
                        "id",
                        integer,
                        "realTime",
                        instant,
                        "virtualTime",
                        instant,
                        "store",
                        string,
                        "operation",
                        string,
                        "method",
                        string,
                        "path",
                        string,
                        "query",
                        string,
                        "status",
                        integer,
                        "latencyMs",
                        type("number"),
                        "fault",
                        string,
                        "token",
                        string,
                        "packageName",
                        string,
                        "productId",
                        string,
                        "hint",
                        string));
        add(
                "FaultStatus",
                obj(
                        "allOf",
                        List.of(
                                schema("fault"),
                                object(
                                        List.of("id", "matched", "fired", "addedAt"),
                                        "id",
                                        string,
                                        "matched",
                                        integer,
                                        "fired",
                                        integer,
                                        "addedAt",
                                        instant))));
        add(
                "Requests",
                object(
                        List.of("requests", "total", "capacity", "recorded", "dropped"),
                        "requests",
                        arrayOf(schema("JournalEntry")),
                        "total",
                        integer,
                        "capacity",
                        integer,
                        "recorded",
                        integer,
                        "dropped",
                        integer));
        ObjectNode message = object(
                List.of("headers"),
                "headers",
                obj("type", "object", "additionalProperties", string),
                "body",
                string,
                "truncated",
                type("boolean"));
        add(
                "Request",
                obj(
                        "allOf",
                        List.of(schema("JournalEntry"), object(List.of(), "request", message, "response", message))));
        add(
                "Attempt",
                object(
                        List.of("at"),
                        "at",
                        instant,
                        "status",
                        obj("type", "integer", "description", "The receiver's status."),
                        "error",
                        obj("type", "string", "description", "Why no answer came: refused, timed out, reset.")));
        add(
                "Notification",
                object(
                        List.of("id", "store", "event", "url", "status", "attempts", "createdAt"),
                        "id",
                        string,
                        "store",
                        string,
                        "packageName",
                        string,
                        "token",
                        string,
                        "event",
                        obj("type", "string", "examples", List.of("COMPLETED", "CANCELED", "SUBSCRIPTION_RENEWED")),
                        "url",
                        string,
                        "status",
                        obj("enum", List.of("pending", "delivered", "failed")),
                        "attempts",
                        arrayOf(schema("Attempt")),
                        "nextAttemptAt",
                        obj("type", "string", "format", "date-time", "description", "While pending."),
                        "createdAt",
                        instant,
                        "held",
                        type("boolean"),
                        "faults",
                        arrayOf(string),
                        "duplicateOf",
                        string,
                        "headers",
                        obj("type", "object", "additionalProperties", string, "description", "In the detail only."),
                        "body",
                        obj("type", "string", "description", "The body exactly as sent; in the detail only.")));
        add(
                "Notifications",
                object(
                        List.of("notifications", "capacity", "forgotten"),
                        "notifications",
                        arrayOf(schema("Notification")),
                        "capacity",
                        integer,
                        "forgotten",
                        integer));
        add("Queued", object(List.of("id", "status", "location"), "id", string, "status", string, "location", string));
    }

    private static JsonNode load() {
        return FixtureSchema.document();
    }
}
