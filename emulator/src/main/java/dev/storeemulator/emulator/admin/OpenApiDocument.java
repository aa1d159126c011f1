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
    private static final String ENVIRONMENT = "environment";
    private static final List<String> ENVIRONMENTS = List.of("sandbox", "commercial");
    /** Where the emulator listens unless told otherwise ({@code --host}, {@code --port}). */
    private static final String DEFAULT_HOST = "127.0.0.1";

    private static final String DEFAULT_PORT = "7070";

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
                                + "its virtual clock and its request journal.",
                        "license",
                        obj("name", "Apache-2.0", "identifier", "Apache-2.0")),
                "servers",
                List.of(obj(
                        "url",
                        "http://{host}:{port}",
                        "description",
                        "The emulator (its --host and --port).",
                        "variables",
                        obj("host", obj("default", DEFAULT_HOST), "port", obj("default", DEFAULT_PORT)))),
                "security",
                List.of(obj(TOKEN_SCHEME, List.of()), obj(BEARER_SCHEME, List.of())),
                "tags",
                tags(stores));
        ObjectNode paths = doc.putObject("paths");
        for (AdminRoute route : routes) {
            for (AdminRoute described : described(route)) {
                String path = described.path();
                ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
                String method = route.method().toLowerCase(Locale.ROOT);
                if (item.has(method)) {
                    throw new IllegalStateException("Two admin routes at " + route.method() + " " + path);
                }
                item.set(method, operation(route, described, stores, operations));
            }
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

    /**
     * How a route appears in the document: as itself, or, when its path holds {@code {environment}} (ONE store's
     * sandbox and commercial worlds), once per environment under the literal path, with the environment in its
     * operation id ({@code onestore.sandbox.purchases.list}). The URLs served are the same; a template segment
     * beside the literal {@code apps} would make the paths ambiguous to code generators and linters.
     */
    public static List<AdminRoute> described(AdminRoute route) {
        if (!route.pathParams().contains(ENVIRONMENT)) {
            return List.of(route);
        }
        String operation = route.operation();
        int dot = operation.indexOf('.');
        return ENVIRONMENTS.stream()
                .map(environment -> new AdminRoute(
                        operation.substring(0, dot) + "." + environment + operation.substring(dot),
                        route.method(),
                        route.path().replace("{" + ENVIRONMENT + "}", environment),
                        route.summary() + " (" + environment + ")"))
                .toList();
    }

    private static ObjectNode operation(
            AdminRoute route, AdminRoute described, List<String> stores, OpenApiOperations operations) {
        ObjectNode op = obj(
                "operationId",
                described.operation(),
                "summary",
                described.summary(),
                "tags",
                List.of(tag(route, stores)));
        ArrayNode parameters = op.putArray("parameters");
        for (String name : described.pathParams()) {
            parameters.add(obj(
                    "name",
                    name,
                    "in",
                    "path",
                    "required",
                    true,
                    "description",
                    "The entry's " + name + ".",
                    "schema",
                    obj("type", "string")));
        }
        if (route.equals(AdminRoutes.HEALTH)) {
            op.set("security", OpenApiJson.node(List.of()));
        }
        operations.describe(route, op);
        if (parameters.isEmpty()) {
            op.remove("parameters");
        }
        ObjectNode responses = (ObjectNode) op.get("responses");
        if (!route.equals(AdminRoutes.HEALTH)) {
            OpenApiOperations.error(
                    responses, 401, "The admin token is missing or wrong (only when the emulator runs with one).");
        }
        OpenApiOperations.error(
                responses,
                403,
                "Refused as a web page's request: an Origin other than the emulator's own, a cross-site "
                        + "Sec-Fetch-Site, or (without an admin token) a Host name a DNS-rebinding page could own.");
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
