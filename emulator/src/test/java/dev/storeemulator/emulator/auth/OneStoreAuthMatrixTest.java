package dev.storeemulator.emulator.auth;

import static dev.storeemulator.emulator.auth.AuthMatrix.Credential.header;

import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.onestore.OneStoreModule;
import dev.storeemulator.testsupport.Http;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every protected ONE store route (v2 and v7) × every wrong access token → 401 InvalidAccessToken or
 * AccessTokenExpired, including another app's token and the other environment's token, both ways.
 */
class OneStoreAuthMatrixTest extends AuthMatrixTestBase {
    /** getAccessToken authenticates by client_id and client_secret in the body: its own rules. */
    static final Set<String> UNPROTECTED = Set.of("getAccessToken", "getAccessTokenV7");

    static final String ENV = "X-Store-Emulator-Environment";
    static final String SANDBOX_TOKEN = "11111111-1111-1111-1111-111111111111";
    static final String COMMERCIAL_TOKEN = "22222222-2222-2222-2222-222222222222";
    static final String OTHER_APP_TOKEN = "33333333-3333-3333-3333-333333333333";
    static final String EXPIRED_TOKEN = "44444444-4444-4444-4444-444444444444";
    static final String INVALID = "InvalidAccessToken";

    static final List<AuthMatrix.Credential> WRONG = List.of(
            header("missing", 401, INVALID),
            header("malformed: no scheme", 401, INVALID, "Authorization", SANDBOX_TOKEN),
            header("malformed: lower-case bearer", 401, INVALID, "Authorization", "bearer " + SANDBOX_TOKEN),
            header("malformed: two spaces", 401, INVALID, "Authorization", "Bearer  " + SANDBOX_TOKEN),
            header("malformed: brackets", 401, INVALID, "Authorization", "Bearer <" + SANDBOX_TOKEN + ">"),
            header("malformed: empty token", 401, INVALID, "Authorization", "Bearer "),
            header("expired", 401, "AccessTokenExpired", "Authorization", "Bearer " + EXPIRED_TOKEN),
            header("unknown", 401, INVALID, "Authorization", "Bearer 55555555-5555-5555-5555-555555555555"),
            header("another app's token", 401, INVALID, "Authorization", "Bearer " + OTHER_APP_TOKEN),
            header(
                    "commercial token on sandbox",
                    401,
                    INVALID,
                    "Authorization",
                    "Bearer " + COMMERCIAL_TOKEN,
                    ENV,
                    "sandbox"),
            header(
                    "sandbox token on commercial",
                    401,
                    INVALID,
                    "Authorization",
                    "Bearer " + SANDBOX_TOKEN,
                    ENV,
                    "commercial"));

    static final AuthMatrix.Credential VALID =
            header("valid", 200, null, "Authorization", "Bearer " + SANDBOX_TOKEN, ENV, "sandbox");

    /** The demo world plus a second app, and tokens with known values in each environment. */
    static void prepare() {
        clock.set(START);
        emulator.reset();
        admin(
                "POST",
                "/__admin/onestore/apps",
                "{\"packageName\": \"com.example.other\", \"clientSecret\": \"other-secret\"}");
        token(PKG, SANDBOX_TOKEN, "sandbox", null);
        token(PKG, COMMERCIAL_TOKEN, "commercial", null);
        token("com.example.other", OTHER_APP_TOKEN, "sandbox", null);
        token(PKG, EXPIRED_TOKEN, "sandbox", "now-PT1S");
    }

    private static void token(String app, String value, String env, String expiresAt) {
        admin(
                "POST",
                "/__admin/onestore/tokens",
                "{\"clientId\": \"" + app + "\", \"accessToken\": \"" + value + "\", \"environment\": \"" + env + "\""
                        + (expiresAt == null ? "" : ", \"expiresAt\": \"" + expiresAt + "\"") + "}");
    }

    static List<AuthMatrix.Call> calls() {
        return AuthMatrix.protectedCalls(
                emulator.store(OneStoreModule.class).routes(),
                UNPROTECTED,
                OneStoreAuthMatrixTest::values,
                r -> r.method().name().equals("POST") ? "{\"developerPayload\": \"x\"}" : null);
    }

    private static Map<String, String> values(StoreRoute r) {
        boolean recurring =
                r.path().template().contains("recurring") || r.path().template().contains("manage-payment");
        String id = recurring ? "SANDBOX0000000000010" : "SANDBOX0000000000001";
        Map<String, String> v = new HashMap<>(Map.of(
                "packageName",
                PKG,
                "clientId",
                PKG,
                "productId",
                "coins_100",
                "purchaseId",
                id,
                "purchaseToken",
                id,
                "action",
                "cancel"));
        return v;
    }

    @TestFactory
    Stream<DynamicTest> everyProtectedRouteRefusesEveryWrongToken() {
        prepare();
        return AuthMatrix.cells(
                http,
                calls(),
                WRONG,
                VALID,
                () -> world("onestore"),
                OneStoreAuthMatrixTest::prepare,
                r -> Http.json(r).get("error").get("code").asString());
    }
}
