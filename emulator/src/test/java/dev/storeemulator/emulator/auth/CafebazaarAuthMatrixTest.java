package dev.storeemulator.emulator.auth;

import static dev.storeemulator.emulator.auth.AuthMatrix.Credential.header;
import static dev.storeemulator.emulator.auth.AuthMatrix.Credential.query;

import dev.storeemulator.emulator.cafebazaar.CafebazaarModule;
import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.testsupport.Http;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every protected Cafebazaar route × every wrong credential → 401/403/404 in Cafebazaar's own format. */
class CafebazaarAuthMatrixTest extends AuthMatrixTestBase {
    /** The OAuth flow and its page: no access token, their own rules (see CafebazaarAuthorizationCodeTest). */
    static final Set<String> UNPROTECTED = Set.of("authorizePage", "authorize", "token");

    static final Map<String, String> VALUES =
            Map.of("package", PKG, "product", "coins_100", "subscription", "premium_monthly");
    static final String CREDENTIALS = "invalid_credentials";

    static final List<AuthMatrix.Credential> WRONG = List.of(
            header("missing", 401, CREDENTIALS),
            query("empty access_token", "?access_token=", 401, CREDENTIALS),
            header("malformed: Bearer with no token", 401, CREDENTIALS, "Authorization", "Bearer"),
            header("malformed: Basic scheme", 401, CREDENTIALS, "Authorization", "Basic ZGVtbzpkZW1v"),
            query("expired token", "?access_token=expired-access-token", 401, CREDENTIALS),
            header("expired Bearer token", 401, CREDENTIALS, "Authorization", "Bearer expired-access-token"),
            query("unknown token", "?access_token=no-such-token", 401, CREDENTIALS),
            header("unknown bare token", 401, CREDENTIALS, "Authorization", "no-such-token"),
            header("wrong Pishkhan secret", 403, CREDENTIALS, "CAFEBAZAAR-PISHKHAN-API-SECRET", "no-such-secret"),
            header("empty Pishkhan secret", 403, CREDENTIALS, "CAFEBAZAAR-PISHKHAN-API-SECRET", ""),
            query("other account's token", "?access_token=other-access-token", 404, "invalid_value"),
            header(
                    "other account's Pishkhan secret",
                    404,
                    "invalid_value",
                    "CAFEBAZAAR-PISHKHAN-API-SECRET",
                    "other-pishkhan-secret"));

    static final AuthMatrix.Credential VALID = query("valid", "?access_token=demo-access-token", 200, null);

    /** The demo world plus an expired token of the demo client and a live one of the other developer. */
    static void prepare() {
        clock.set(START);
        emulator.reset();
        admin(
                "POST",
                "/__admin/cafebazaar/tokens",
                "{\"clientId\": \"demo-client-id\", \"accessToken\": \"expired-access-token\", \"expiresAt\": \"now-PT1S\"}");
        admin(
                "POST",
                "/__admin/cafebazaar/tokens",
                "{\"clientId\": \"other-client-id\", \"accessToken\": \"other-access-token\"}");
    }

    static List<AuthMatrix.Call> calls() {
        return AuthMatrix.protectedCalls(
                emulator.store(CafebazaarModule.class).routes(),
                UNPROTECTED,
                CafebazaarAuthMatrixTest::values,
                r -> r.method().name().equals("POST") ? "{\"token\": \"demo-purchase-active\"}" : null);
    }

    private static Map<String, String> values(StoreRoute r) {
        Map<String, String> all = new java.util.HashMap<>(VALUES);
        all.put("token", r.path().template().contains("/subscriptions/") ? "demo-sub-active" : "demo-purchase-active");
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyProtectedRouteRefusesEveryWrongCredential() {
        prepare();
        return AuthMatrix.cells(
                http,
                calls(),
                WRONG,
                VALID,
                () -> world("cafebazaar"),
                CafebazaarAuthMatrixTest::prepare,
                r -> Http.json(r).get("error").asString());
    }
}
