package dev.storeemulator.emulator.teststore;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.emulator.admin.AdminEntries;
import dev.storeemulator.emulator.core.FaultAnswers;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.core.LiveState;
import dev.storeemulator.emulator.core.RawAnswer;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.emulator.spi.LiveStore;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/** The test store's live side: its one route and its one error, {@code {"problem","detail"}}. */
final class TestStoreModule implements LiveStore<TestStoreFixtures> {
    static final String PREFIX = "/teststore/";
    static final String KEY_HEADER = "X-Test-Key";
    static final AdminResource ITEMS = AdminResource.of(
            TestStore.NAME, "items", "id", "test items", AdminResource.Action.of("use", "Mark the item used."));

    /** The test store's one error. */
    static final class NotFound extends RuntimeException {
        NotFound(String detail) {
            super(detail, null, false, false);
        }
    }

    private static final FaultAnswers FAULT_ANSWERS = new FaultAnswers(
            Map.of(404, FaultAnswers.answer("not_found", "Not found.")),
            FaultAnswers.answer("bad_request", "The request is invalid."),
            FaultAnswers.answer("server_error", "The server failed."));

    private final LiveState<TestStoreFixtures> state;
    private final List<StoreRoute> routes;

    TestStoreModule(TestStoreFixtures fixtures) {
        this.state = new LiveState<>(fixtures);
        this.routes = List.of(new StoreRoute(
                TestStore.NAME, "getItem", HandlerType.GET, "/teststore/v1/items/{token}", this::getItem));
    }

    private void getItem(Context ctx) {
        String id = ctx.pathParam("token");
        TestStoreFixtures.Item item = state.get().items().stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .filter(i -> i.key() == null || i.key().equals(ctx.header(KEY_HEADER)))
                .orElseThrow(() -> new NotFound("No item " + id + " for this key."));
        Responses.json(ctx, 200, Map.of("id", item.id(), "state", item.state() == null ? "new" : item.state()));
    }

    @Override
    public void load(TestStoreFixtures fixtures) {
        state.replace(old -> fixtures);
    }

    @Override
    public void reload(TestStoreFixtures fixtures) {
        state.replace(old -> fixtures);
    }

    @Override
    public Object exportSection() {
        return state.get();
    }

    @Override
    public void edit(Function<ObjectNode, Fixtures> editor) {
        state.replace(old -> editor.apply(JsonMappers.export().valueToTree(old)).section(TestStoreFixtures.class));
    }

    @Override
    public List<AdminResource> adminResources() {
        return List.of(ITEMS);
    }

    @Override
    public List<StoreRoute> actionRoutes() {
        return List.of(StoreRoute.admin(ITEMS.action("use"), this::use));
    }

    private void use(Context ctx) {
        String id = ctx.pathParam(ITEMS.idParam());
        state.replace(old -> {
            if (old.items().stream().noneMatch(i -> i.id().equals(id))) {
                throw AdminEntries.notFound(this, ITEMS, id);
            }
            return new TestStoreFixtures(old.items().stream()
                    .map(i -> i.id().equals(id) ? new TestStoreFixtures.Item(i.id(), i.key(), "used") : i)
                    .toList());
        });
        AdminEntries.respond(ctx, this, ITEMS, null, id);
    }

    @Override
    public String name() {
        return TestStore.NAME;
    }

    @Override
    public String displayName() {
        return "Test store";
    }

    @Override
    public List<String> pathPrefixes() {
        return List.of(PREFIX);
    }

    @Override
    public boolean owns(String path) {
        return path.startsWith(PREFIX);
    }

    @Override
    public List<StoreRoute> routes() {
        return routes;
    }

    @Override
    public String credential(Context ctx) {
        return dev.storeemulator.emulator.core.Credentials.first(ctx, List.of(KEY_HEADER), null);
    }

    @Override
    public void renderException(Context ctx, Exception e) {
        if (e instanceof NotFound nf) {
            problem(ctx, 404, "not_found", nf.getMessage());
        } else if (e instanceof io.javalin.http.HttpResponseException hre && hre.getStatus() < 500) {
            problem(ctx, 400, "bad_request", "The request is malformed.");
        } else {
            problem(ctx, 500, "server_error", "The server failed.");
        }
    }

    @Override
    public void renderFault(Context ctx, int status, String message) {
        FaultAnswers.Answer a = FAULT_ANSWERS.forStatus(status, message);
        problem(ctx, status, a.code(), a.text());
    }

    @Override
    public void renderNoRoute(Context ctx) {
        problem(ctx, 404, "not_found", "No such resource.");
    }

    @Override
    public void renderMethodNotAllowed(Context ctx, List<String> allowedMethods) {
        ctx.header("Allow", String.join(", ", allowedMethods));
        problem(ctx, 405, "method_not_allowed", "Use " + String.join(" or ", allowedMethods) + ".");
    }

    @Override
    public RawAnswer protocolError(int status, String path, String message) {
        FaultAnswers.Answer a = FAULT_ANSWERS.forStatus(status, message);
        return RawAnswer.json(Map.of("problem", a.code(), "detail", a.text()));
    }

    private static void problem(Context ctx, int status, String code, String detail) {
        Responses.json(ctx, status, Map.of("problem", code, "detail", detail));
    }
}
