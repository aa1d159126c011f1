package dev.storeemulator.emulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Credentials are compared exactly even on a kept-alive connection: Jetty's header cache once matched a
 * header to one seen earlier on the connection ignoring case, so "bearer t" after "Bearer t" was accepted,
 * and a valid "Bearer t" after "bearer t" refused.
 */
class CredentialCaseOnOneConnectionTest extends AuthMatrixTestBase {
    static final String TOKEN = "11111111-1111-1111-1111-111111111111";
    static final String V2 = "GET /v2/purchase/details/SANDBOX0000000000001/" + PKG;
    static final String ACK = "POST /productv2/8.20191001/google/inapp/v3/applications/" + PKG
            + "/purchases/subscriptions/premium_monthly/tokens/catappult.inapp.purchase.DEMOSUBACTIVE1/acknowledge";
    static final String CAFEBAZAAR =
            "GET /devapi/v2/api/validate/" + PKG + "/inapp/coins_100/purchases/demo-purchase-active/";

    @BeforeEach
    void prepare() {
        clock.set(START);
        emulator.reset();
        admin(
                "POST",
                "/__admin/onestore/tokens",
                "{\"clientId\": \"" + PKG + "\", \"accessToken\": \"" + TOKEN + "\"}");
    }

    private static List<Integer> onOneConnection(String request, String header, String first, String second)
            throws Exception {
        return KeepAlive.statuses(
                emulator.port(),
                List.of(List.of(request, header + ": " + first), List.of(request, header + ": " + second)));
    }

    @Test
    void oneStoreLowerCaseBearerIsRefusedAfterAValidHeader() throws Exception {
        assertThat(onOneConnection(V2, "Authorization", "Bearer " + TOKEN, "bearer " + TOKEN))
                .containsExactly(200, 401);
    }

    @Test
    void oneStoreValidHeaderIsAcceptedAfterALowerCaseBearer() throws Exception {
        assertThat(onOneConnection(V2, "Authorization", "bearer " + TOKEN, "Bearer " + TOKEN))
                .containsExactly(401, 200);
    }

    @Test
    void catappultApiKeyInAnotherCaseIsRefusedAfterTheRightKey() throws Exception {
        assertThat(onOneConnection(ACK, "Api-Key", "demo-api-key", "DEMO-API-KEY"))
                .containsExactly(204, 401);
    }

    @Test
    void cafebazaarTokenAndSecretInAnotherCaseAreRefusedAfterTheRightOnes() throws Exception {
        assertThat(onOneConnection(CAFEBAZAAR, "Authorization", "Bearer demo-access-token", "Bearer DEMO-ACCESS-TOKEN"))
                .containsExactly(200, 401);
        assertThat(onOneConnection(
                        CAFEBAZAAR, "CAFEBAZAAR-PISHKHAN-API-SECRET", "demo-pishkhan-secret", "DEMO-PISHKHAN-SECRET"))
                .containsExactly(200, 403);
    }
}
