package dev.storeemulator.emulator.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.emulator.core.StoreRoute;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matrix generator's guard: a route can be neither left out silently nor listed as unprotected by mistake. */
class AuthMatrixClassificationTest {
    static final StoreRoute KNOWN = new StoreRoute("s", "known", HandlerType.GET, "/a/{package}", ctx -> {});
    static final StoreRoute NEW =
            new StoreRoute("s", "newOperation", HandlerType.POST, "/a/{package}/{mystery}", ctx -> {});

    @Test
    void aRouteWithAParameterTheMatrixCannotFillFailsTheMatrix() {
        assertThatThrownBy(() -> AuthMatrix.protectedCalls(
                        List.of(KNOWN, NEW), Set.of(), r -> Map.of("package", "p"), r -> null))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("newOperation")
                .hasMessageContaining("{mystery}");
    }

    @Test
    void anUnprotectedNameThatNamesNoRouteFailsTheMatrix() {
        assertThatThrownBy(() -> AuthMatrix.protectedCalls(
                        List.of(KNOWN), Set.of("gone"), r -> Map.of("package", "p"), r -> null))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("gone");
    }

    @Test
    void everyOtherRouteIsProtectedWithItsParametersFilled() {
        assertThat(AuthMatrix.protectedCalls(
                        List.of(KNOWN, NEW), Set.of("known"), r -> Map.of("package", "p", "mystery", "m"), r -> null))
                .singleElement()
                .satisfies(c -> assertThat(c.path()).isEqualTo("/a/p/m"));
    }
}
