package dev.storeemulator.emulator.auth;

import static dev.storeemulator.emulator.auth.AuthMatrix.Credential.header;

import dev.storeemulator.emulator.core.StoreRoute;
import dev.storeemulator.emulator.spi.LiveStore;
import dev.storeemulator.testsupport.Http;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The test-only fourth store's one route × every wrong key → its own 404, as the matrix runs for any store. */
class TestStoreAuthMatrixTest extends AuthMatrixTestBase {
    static final String NOT_FOUND = "not_found";

    static final List<AuthMatrix.Credential> WRONG = List.of(
            header("missing", 404, NOT_FOUND),
            header("empty", 404, NOT_FOUND, "X-Test-Key", ""),
            header("unknown", 404, NOT_FOUND, "X-Test-Key", "no-such-key"),
            header("wrong case", 404, NOT_FOUND, "X-Test-Key", "K1"),
            header("another item's key", 404, NOT_FOUND, "X-Test-Key", "k2"));

    static final AuthMatrix.Credential VALID = header("valid", 200, null, "X-Test-Key", "k1");

    static void prepare() {
        clock.set(START);
        emulator.reset();
        admin(
                "PUT",
                "/__admin/fixtures",
                "{\"teststore\": {\"items\": [{\"id\": \"item-1\", \"key\": \"k1\"},"
                        + " {\"id\": \"item-2\", \"key\": \"k2\"}]}}");
    }

    static List<AuthMatrix.Call> calls() {
        LiveStore<?> store = emulator.stores().stream()
                .filter(s -> s.name().equals("teststore"))
                .findFirst()
                .orElseThrow();
        return AuthMatrix.protectedCalls(store.routes(), Set.of(), TestStoreAuthMatrixTest::values, r -> null);
    }

    private static Map<String, String> values(StoreRoute r) {
        return Map.of("token", "item-1");
    }

    @TestFactory
    Stream<DynamicTest> theItemRefusesEveryWrongKey() {
        prepare();
        return AuthMatrix.cells(
                http,
                calls(),
                WRONG,
                VALID,
                () -> world("teststore"),
                TestStoreAuthMatrixTest::prepare,
                r -> Http.json(r).get("problem").asString());
    }
}
