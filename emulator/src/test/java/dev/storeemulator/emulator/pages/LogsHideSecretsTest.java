package dev.storeemulator.emulator.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.testsupport.Http;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No access token, client secret, refresh token, authorization code, Pishkhan secret, Api-Key or
 * Authorization header appears whole in the log (slf4j-simple writes to System.err) or in the journal.
 */
class LogsHideSecretsTest {
    static final String PKG = "com.example.game";
    static final String VALIDATE =
            "/devapi/v2/api/validate/" + PKG + "/inapp/coins_100/purchases/demo-purchase-active/";

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private StoreEmulator emulator;
    private Http http;
    private final List<String> secrets = new ArrayList<>(List.of(
            "demo-access-token",
            "demo-client-secret",
            "demo-refresh-token",
            "demo-pishkhan-secret",
            "wrong-pishkhan-secret",
            "demo-api-key",
            "wrong-api-key-value",
            "seededSecretToken0001",
            "seededAuthorizationCode0000000000000001",
            "Basic ZGVtbzpzZWNyZXQ="));

    @BeforeEach
    void captureTheLog() {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        emulator = StoreEmulator.builder().build().start();
        http = new Http(emulator.baseUrl());
    }

    @AfterEach
    void restore() {
        emulator.stop();
        System.setErr(originalErr);
    }

    @Test
    void secretsCarriedByCallsNeverReachTheLogOrTheJournal() throws Exception {
        http.get(VALIDATE + "?access_token=demo-access-token");
        http.get(VALIDATE, "Authorization", "Bearer demo-access-token");
        http.get(VALIDATE, "Authorization", "Basic ZGVtbzpzZWNyZXQ=");
        http.get(VALIDATE, "CAFEBAZAAR-PISHKHAN-API-SECRET", "demo-pishkhan-secret");
        http.get(VALIDATE, "CAFEBAZAAR-PISHKHAN-API-SECRET", "wrong-pishkhan-secret");
        issued(http.postForm(
                "/devapi/v2/auth/token/",
                "grant_type=refresh_token&client_id=demo-client-id"
                        + "&client_secret=demo-client-secret&refresh_token=demo-refresh-token"));
        http.postJson(
                "/__admin/cafebazaar/tokens",
                "{\"clientId\": \"demo-client-id\", \"accessToken\": \"seededSecretToken0001\"}");
        http.postJson(
                "/__admin/cafebazaar/authorization-codes",
                "{\"code\": \"seededAuthorizationCode0000000000000001\", \"clientId\": \"demo-client-id\"}");
        issued(http.postForm(
                "/devapi/v2/auth/token/?client_secret=demo-client-secret&code=seededAuthorizationCode0000000000000001",
                "grant_type=authorization_code&code=seededAuthorizationCode0000000000000001&client_id=demo-client-id"
                        + "&client_secret=demo-client-secret&redirect_uri=http%3A%2F%2Flocalhost%3A8765%2Fcallback"));
        String oneStore = issued(http.postForm(
                "/v2/oauth/token",
                "grant_type=client_credentials&client_id=" + PKG + "&client_secret=demo-client-secret"));
        http.get("/v2/purchase/details/SANDBOX0000000000001/" + PKG, "Authorization", "Bearer " + oneStore);
        http.get(
                "/v7/apps/" + PKG + "/purchases/inapp/products/coins_100/SANDBOX0000000000001",
                "Authorization",
                "Bearer " + oneStore);
        String ack = "/productv2/8.20191001/google/inapp/v3/applications/" + PKG
                + "/purchases/subscriptions/premium_monthly/tokens/catappult.inapp.purchase.DEMOSUBACTIVE1/acknowledge";
        http.send("POST", ack, "", "Api-Key", "demo-api-key");
        http.send("POST", ack, "", "Api-Key", "wrong-api-key-value");
        http.get("/devapi/v2/log-marker-done/");

        String log = awaitLog("log-marker-done");
        String journal = http.get("/__admin/requests").body();
        assertThat(journal).contains("access_token=demo…");
        for (String secret : secrets) {
            assertThat(log).as("the log").doesNotContain(secret);
            assertThat(journal).as("the journal").doesNotContain(secret);
        }
    }

    /** Notes the access and refresh tokens a token endpoint issued as secrets too, and answers the access token. */
    private String issued(java.net.http.HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        tools.jackson.databind.JsonNode body = Http.json(r);
        secrets.add(body.get("access_token").asString());
        if (body.hasNonNull("refresh_token")) {
            secrets.add(body.get("refresh_token").asString());
        }
        return body.get("access_token").asString();
    }

    /** The log once {@code marker} (the last call) is in it: request lines are written as calls end. */
    private String awaitLog(String marker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String log = captured.toString(StandardCharsets.UTF_8);
        while (!log.contains(marker) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            Thread.sleep(10);
            log = captured.toString(StandardCharsets.UTF_8);
        }
        assertThat(log).as("the request log is captured").contains(marker);
        return log;
    }
}
