package dev.storeemulator.emulator.admin;

import dev.storeemulator.admin.api.AdminRoutes;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.core.Responses;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.faults.FaultRule;
import dev.storeemulator.emulator.faults.Faults;
import dev.storeemulator.emulator.fixtures.FaultRuleChecks;
import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.fixtures.FixtureProblems;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/** Fault rules at run time: list, add, read, remove, clear — the same rules as the fixtures' {@code faults}. */
final class FaultRoutes {
    private final Faults faults;

    FaultRoutes(Faults faults) {
        this.faults = faults;
    }

    List<StoreRoute> routes() {
        return List.of(
                StoreRoute.admin(
                        AdminRoutes.LIST_FAULTS, ctx -> Responses.json(ctx, 200, Map.of("faults", faults.list()))),
                StoreRoute.admin(AdminRoutes.ADD_FAULT, this::add),
                StoreRoute.admin(
                        AdminRoutes.GET_FAULT,
                        ctx -> Responses.json(
                                ctx,
                                200,
                                faults.get(ctx.pathParam("id")).orElseThrow(() -> notFound(ctx.pathParam("id"))))),
                StoreRoute.admin(AdminRoutes.REMOVE_FAULT, ctx -> {
                    if (!faults.remove(ctx.pathParam("id"))) {
                        throw notFound(ctx.pathParam("id"));
                    }
                    Responses.json(ctx, 200, Map.of("removed", ctx.pathParam("id")));
                }),
                StoreRoute.admin(
                        AdminRoutes.CLEAR_FAULTS, ctx -> Responses.json(ctx, 200, Map.of("cleared", faults.clear()))));
    }

    /** Checked like a fixtures entry: the schema's {@code $defs/fault}, then the rule's own rules. */
    private void add(Context ctx) {
        ObjectNode body = AdminJson.object(ctx);
        ObjectNode doc = JsonMappers.export().createObjectNode();
        doc.putArray("faults").add(body);
        try {
            dev.storeemulator.emulator.fixtures.Fixtures.parseTree(doc, "POST /__admin/faults");
        } catch (FixtureException e) {
            throw AdminException.invalid(e);
        }
        FaultRule rule;
        try {
            rule = JsonMappers.yaml().treeToValue(body, FaultRule.class);
        } catch (JacksonException e) {
            throw AdminException.badRequest("The rule is not readable: " + e.getOriginalMessage());
        }
        FixtureProblems problems = new FixtureProblems();
        FaultRuleChecks.validate(List.of(rule), "faults", problems);
        if (!problems.isEmpty()) {
            throw AdminException.invalid(new FixtureException("POST /__admin/faults", problems.list()));
        }
        Responses.json(
                ctx,
                201,
                faults.add(rule)
                        .orElseThrow(() -> AdminException.conflict("There is already a fault rule '" + rule.id()
                                + "'; DELETE it first or choose another id.")));
    }

    private static AdminException notFound(String id) {
        return AdminException.notFound("No fault rule '" + id + "'; GET /__admin/faults lists them.");
    }
}
