package dev.storeemulator.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Every store's [DECIDED] errors can be overridden from fixtures, like Cafebazaar's (see SettingsTest). */
class ErrorOverridesTest {
    static final String WORLD = """
            onestore:
              apps: [{packageName: com.acme.app, clientSecret: s}]
              settings:
                errors:
                  invalidParameter: {status: 422, code: BadParameter}
            catappult:
              apps: [{packageName: com.acme.app, apiKey: k}]
              settings:
                errors:
                  notFound: {status: 410, text: "Gone."}
            """;

    @Test
    void oneStoreAndCatappultErrorsFollowTheOverrides() {
        try (StoreEmulator emulator =
                StoreEmulator.builder().fixtures(Fixtures.parse(WORLD)).build().start()) {
            Http http = new Http(emulator.baseUrl());
            HttpResponse<String> one =
                    http.postForm("/v2/oauth/token", "grant_type=password&client_id=com.acme.app&client_secret=s");
            assertThat(one.statusCode()).isEqualTo(422);
            assertThat(Http.json(one).get("error").get("code").asString()).isEqualTo("BadParameter");
            assertThat(Http.json(one).get("error").get("message").asString())
                    .isEqualTo("grant_type must be client_credentials.");

            HttpResponse<String> cat =
                    http.get("/productv2/8.20191001/google/inapp/v3/applications/com.acme.app/purchases/"
                            + "products/gems/tokens/catappult.inapp.purchase.X");
            assertThat(cat.statusCode()).isEqualTo(410);
            assertThat(Http.json(cat).get("code").asString()).isEqualTo("NotFound");
            assertThat(Http.json(cat).get("text").asString()).isEqualTo("Gone.");
        }
    }

    @Test
    void unknownErrorKeysAreRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> Fixtures.parse("onestore: {settings: {errors: {noSuchDta: {status: 400}}}}"))
                .isInstanceOf(FixtureException.class)
                .hasMessageContaining("onestore.settings.errors.noSuchDta: unknown error key")
                .hasMessageContaining("noSuchData");
        assertThatThrownBy(() -> Fixtures.parse("catappult: {settings: {errors: {missing: {status: 400}}}}"))
                .hasMessageContaining("catappult.settings.errors.missing: unknown error key")
                .hasMessageContaining("notFound");
    }
}
