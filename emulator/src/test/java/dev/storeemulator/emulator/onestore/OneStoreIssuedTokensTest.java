package dev.storeemulator.emulator.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.Http;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** ONE store access tokens as fixtures ({@code issuedTokens} per environment): loaded, and exported while live. */
class OneStoreIssuedTokensTest {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final String DOC = """
            onestore:
              apps: [{packageName: com.example.game, clientSecret: s}]
              sandbox:
                purchases: [{purchaseId: SANDBOX0000000000001, packageName: com.example.game, productId: coins}]
                issuedTokens:
                  - {accessToken: kept-token, clientId: com.example.game, expiresAt: now+PT1H}
            """;
    static final String DETAILS = "/v2/purchase/details/SANDBOX0000000000001/com.example.game";

    @Test
    void aTokenFromTheFixturesOpensItsEnvironmentAndIsExportedUntilItExpires() {
        VirtualClock clock = VirtualClock.frozenAt(START);
        try (StoreEmulator e = StoreEmulator.builder()
                .clock(clock)
                .fixtures(Fixtures.parse(DOC))
                .build()
                .start()) {
            Http http = new Http(e.baseUrl());
            assertThat(http.get(DETAILS, "Authorization", "Bearer kept-token").statusCode())
                    .isEqualTo(200);
            JsonNode tokens = Http.json(http.get("/__admin/fixtures"))
                    .get("onestore")
                    .get("sandbox")
                    .get("issuedTokens");
            assertThat(tokens).hasSize(1);
            assertThat(tokens.get(0).get("accessToken").asString()).isEqualTo("kept-token");
            assertThat(tokens.get(0).get("expiresAt").asString()).isEqualTo("2026-03-01T11:00:00Z");

            clock.advance(Duration.ofHours(1));
            assertThat(http.get(DETAILS, "Authorization", "Bearer kept-token").statusCode())
                    .isEqualTo(401);
            assertThat(Http.json(http.get("/__admin/fixtures"))
                            .get("onestore")
                            .get("sandbox")
                            .get("issuedTokens"))
                    .as("an expired token is not exported")
                    .isEmpty();
        }
    }

    @Test
    void anAdminEditKeepsIssuedTokensWithoutDuplicatingThem() {
        try (StoreEmulator e = StoreEmulator.builder()
                .clock(VirtualClock.frozenAt(START))
                .fixtures(Fixtures.parse(DOC))
                .build()
                .start()) {
            Http http = new Http(e.baseUrl());
            assertThat(http.send("DELETE", "/__admin/onestore/sandbox/purchases/SANDBOX0000000000001", null)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(http.get("/v2/purchase/voided-purchases/com.example.game", "Authorization", "Bearer kept-token")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(Http.json(http.get("/__admin/fixtures"))
                            .get("onestore")
                            .get("sandbox")
                            .get("issuedTokens"))
                    .hasSize(1);
        }
    }
}
