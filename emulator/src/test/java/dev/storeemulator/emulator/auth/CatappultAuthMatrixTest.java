package dev.storeemulator.emulator.auth;

import static dev.storeemulator.emulator.auth.AuthMatrix.Credential.header;

import dev.storeemulator.emulator.catappult.CatappultModule;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.testsupport.Http;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every Catappult route that needs an Api-Key × every wrong key → 401 Authorization.Unauthorized. */
class CatappultAuthMatrixTest extends AuthMatrixTestBase {
    /** Validation, the voided list and the One-Step Payment broker need no authentication [SEED + DOC + CODE]. */
    static final Set<String> UNPROTECTED = Set.of(
            "validatePurchase",
            "validatePurchaseV2",
            "validateSubscription",
            "validateSubscriptionV2",
            "voidedPurchases",
            "getTransaction");

    static final String UNAUTHORIZED = "Authorization.Unauthorized";

    static final List<AuthMatrix.Credential> WRONG = List.of(
            header("missing", 401, UNAUTHORIZED),
            header("empty", 401, UNAUTHORIZED, "Api-Key", ""),
            header("malformed: Bearer scheme", 401, UNAUTHORIZED, "Api-Key", "Bearer demo-api-key"),
            header("malformed: in Authorization", 401, UNAUTHORIZED, "Authorization", "demo-api-key"),
            header("unknown", 401, UNAUTHORIZED, "Api-Key", "no-such-key"),
            header("wrong case", 401, UNAUTHORIZED, "Api-Key", "DEMO-API-KEY"),
            header("another app's key", 401, UNAUTHORIZED, "Api-Key", "other-api-key"));

    static final AuthMatrix.Credential VALID = header("valid", 204, null, "Api-Key", "demo-api-key");

    static void prepare() {
        clock.set(START);
        emulator.reset();
        admin(
                "POST",
                "/__admin/catappult/apps",
                "{\"packageName\": \"com.example.other\", \"apiKey\": \"other-api-key\"}");
    }

    static List<AuthMatrix.Call> calls() {
        return AuthMatrix.protectedCalls(
                emulator.store(CatappultModule.class).routes(),
                UNPROTECTED,
                CatappultAuthMatrixTest::values,
                r -> null);
    }

    private static Map<String, String> values(StoreRoute r) {
        return Map.of(
                "version",
                "8.20191001",
                "packageName",
                PKG,
                "productId",
                "premium_monthly",
                "token",
                "catappult.inapp.purchase.DEMOSUBACTIVE1");
    }

    @TestFactory
    Stream<DynamicTest> everyAcknowledgeRefusesEveryWrongKey() {
        prepare();
        return AuthMatrix.cells(
                http,
                calls(),
                WRONG,
                VALID,
                () -> world("catappult"),
                CatappultAuthMatrixTest::prepare,
                r -> Http.json(r).get("code").asString());
    }
}
