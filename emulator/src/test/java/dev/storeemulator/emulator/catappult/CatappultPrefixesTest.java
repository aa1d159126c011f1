package dev.storeemulator.emulator.catappult;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Real Catappult clients call {@code response.json()} on whatever comes back: no path under its prefixes answers HTML. */
class CatappultPrefixesTest {
    static StoreEmulator emulator;
    static Http http;

    @BeforeAll
    static void start() {
        emulator = StoreEmulator.builder().build().start();
        http = new Http(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    static Stream<Arguments> unroutedPaths() {
        return Stream.of(
                        "/broker/8.20180518/gateways/appcoins_credits/transactions/x",
                        "/broker/",
                        "/broker",
                        "/product",
                        "/productv2",
                        "/product/",
                        "/productv2/8.20191001/nothing/here",
                        "/product/8.20191001/google/inapp/v3/applications/com.example.game/purchases/products")
                .flatMap(path -> Stream.of("GET", "POST", "PUT", "DELETE").map(method -> Arguments.of(method, path)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unroutedPaths")
    void answersCatappultsJsonNotFound(String method, String path) {
        HttpResponse<String> r = http.send(
                method,
                path,
                method.equals("GET") || method.equals("DELETE") ? null : "{}",
                "Content-Type",
                "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = Http.json(r);
        assertThat(body.propertyNames()).containsExactly("code", "path", "text", "data");
        assertThat(body.get("code").asString()).isEqualTo("NotFound");
        assertThat(body.get("path").asString()).isEqualTo(path);
    }

    @Test
    void aPathThatOnlyStartsLikeAPrefixIsNotCatappults() {
        HttpResponse<String> r = http.get("/brokerage/x");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    }
}
