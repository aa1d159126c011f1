package dev.storeemulator.emulator.admin;

import static dev.storeemulator.emulator.admin.OpenApiJson.obj;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.admin.api.AdminRoute;
import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.core.Responses;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin API as an OpenAPI 3.1 document, served at {@code GET /__admin/openapi.json}. It is generated from
 * the shared route table ({@link AdminRoutes#general()} and every store's {@link AdminResource}s) and the fixtures JSON Schema, so it lists exactly the
 * routes that are served and describes entries with exactly the schema fixtures files obey.
 */
public final class OpenApiDocument {
    /** The document's {@code info.title}. */
    public static final String TITLE = "Store emulator admin API";
    /** The tag of the routes that belong to no one store. */
    public static final String GENERAL_TAG = "emulator";

    private static final String TOKEN_SCHEME = "adminToken";
    private static final String BEARER_SCHEME = "adminBearer";
    private static final List<String> ENVIRONMENTS = List.of("sandbox", "commercial");

    private final List<SeedOperation> seeds;
    private final List<AdminResource> resources;
    private volatile ObjectNode built;

    /**
     * @param seeds how the stores describe their seed routes
     * @param resources every store's admin resources
     */
    public OpenApiDocument(List<SeedOperation> seeds, List<AdminResource> resources) {
        this.seeds = List.copyOf(seeds);
        this.resources = List.copyOf(resources);
    }

    /** A copy of the document, built on first use. */
    public JsonNode document() {
        return built().deepCopy();
    }

    void respond(Context ctx) {
        Responses.json(ctx, 200, built());
    }

    private ObjectNode built() {
        ObjectNode doc = built;
        if (doc == null) {
            synchronized (this) {
                doc = built;
                if (doc == null) {
                    doc = build(seeds, resources);
                    built = doc;
                }
            }
        }
        return doc;
    }

    private static ObjectNode build(List<SeedOperation> seeds, List<AdminResource> resources) {
        OpenApiSchemas schemas = new OpenApiSchemas();
        OpenApiOperations operations = new OpenApiOperations(schemas, seeds, resources);
        List<String> stores =
                resources.stream().map(AdminResource::store).distinct().toList();
        List<AdminRoute> routes = new ArrayList<>(AdminRoutes.general());
        resources.forEach(resource -> routes.addAll(resource.routes()));
        String version = OpenApiDocument.class.getPackage().getImplementationVersion();
        ObjectNode doc = obj(
                "openapi",
                "3.1.0",
                "info",
                obj(
                        "title",
                        TITLE,
                        "version",
                        version == null ? "development" : version,
                        "description",
                        "The control plane of the store emulator: its world (the fixtures, edited in their own terms), "
                                + "its virtual clock and its request journal."),
                "security",
                List.of(obj(TOKEN_SCHEME, List.of()), obj(BEARER_SCHEME, List.of())),
                "tags",
                tags(stores));
        ObjectNode paths = doc.putObject("paths");
        for (AdminRoute route : routes) {
            ObjectNode item =
                    paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
            String method = route.method().toLowerCase(Locale.ROOT);
            if (item.has(method)) {
                throw new IllegalStateException("Two admin routes at " + route.method() + " " + route.path());
            }
            item.set(method, operation(route, stores, operations));
        }
        doc.set(
                "components",
                obj(
                        "schemas",
                        schemas.node(),
                        "securitySchemes",
                        obj(
                                TOKEN_SCHEME,
                                        obj(
                                                "type",
                                                "apiKey",
                                                "in",
                                                "header",
                                                "name",
                                                AdminRoutes.TOKEN_HEADER,
                                                "description",
                                                "The admin token, needed only when the emulator runs with --admin-token."),
                                BEARER_SCHEME,
                                        obj(
                                                "type",
                                                "http",
                                                "scheme",
                                                "bearer",
                                                "description",
                                                "The same admin token as Authorization: Bearer <token>."))));
        return doc;
    }

    private static ObjectNode operation(AdminRoute route, List<String> stores, OpenApiOperations operations) {
        ObjectNode op =
                obj("operationId", route.operation(), "summary", route.summary(), "tags", List.of(tag(route, stores)));
        ArrayNode parameters = op.putArray("parameters");
        for (String name : route.pathParams()) {
            parameters.add(obj(
                    "name",
                    name,
                    "in",
                    "path",
                    "required",
                    true,
                    "description",
                    name.equals("environment") ? "Which of the store's worlds." : "The entry's " + name + ".",
                    "schema",
                    name.equals("environment") ? obj("type", "string", "enum", ENVIRONMENTS) : obj("type", "string")));
        }
        if (route.equals(AdminRoutes.HEALTH)) {
            op.set("security", OpenApiJson.node(List.of()));
        }
        operations.describe(route, op);
        if (parameters.isEmpty()) {
            op.remove("parameters");
        }
        if (!route.equals(AdminRoutes.HEALTH)) {
            OpenApiOperations.error(
                    (ObjectNode) op.get("responses"),
                    401,
                    "The admin token is missing or wrong (only when the emulator runs with one).");
        }
        return op;
    }

    private static String tag(AdminRoute route, List<String> stores) {
        String first = route.path().substring(AdminRoutes.PREFIX.length() + 1).split("/")[0];
        return stores.contains(first) ? first : GENERAL_TAG;
    }

    private static List<ObjectNode> tags(List<String> stores) {
        List<ObjectNode> tags = new ArrayList<>(List.of(
                obj("name", GENERAL_TAG, "description", "The emulator as a whole: health, fixtures, clock, journal.")));
        stores.forEach(store -> tags.add(obj(
                "name",
                store,
                "description",
                "The " + store + " world: settings, " + "entries and their actions, seeded grants.")));
        return tags;
    }
}
