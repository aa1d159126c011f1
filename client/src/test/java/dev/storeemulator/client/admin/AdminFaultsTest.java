package dev.storeemulator.client.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Fault rules through the admin client: add, see them fire, read their counts, remove them. */
class AdminFaultsTest extends AdminTestSupport {
    static final String VALIDATE = "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/"
            + "demo-purchase-active/?access_token=demo-access-token";

    @Test
    void aRuleFiresIsCountedAndGoes() throws Exception {
        ObjectNode added = admin.faults()
                .add(Map.of("match", Map.of("store", "cafebazaar"), "response", Map.of("status", 503), "times", 1));
        assertThat(added.get("id").asString()).isEqualTo("f1");
        assertThat(status(VALIDATE)).isEqualTo(503);
        assertThat(status(VALIDATE)).isEqualTo(200);
        ObjectNode counted = admin.faults().get("f1");
        assertThat(counted.get("matched").asInt()).isEqualTo(2);
        assertThat(counted.get("fired").asInt()).isEqualTo(1);
        admin.faults().remove("f1");
        assertThat(admin.faults().list()).isEmpty();
    }

    static int status(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(emulator.baseUrl() + path))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aBrokenRuleIsRefusedWithItsProblems() {
        assertThatThrownBy(() -> admin.faults().add(Map.of("response", Map.of("status", 200))))
                .isInstanceOfSatisfying(AdminClientException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.problems()).isNotEmpty();
                });
    }
}
